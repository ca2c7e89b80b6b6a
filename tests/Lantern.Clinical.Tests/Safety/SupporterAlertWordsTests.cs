using Lantern.Clinical.Safety;

namespace Lantern.Clinical.Tests.Safety;

/// <summary>Every red flag reads, for a supporter, as what happened to whom and what they can do, never as "you".</summary>
public sealed class SupporterAlertWordsTests
{
    public static TheoryData<string> Codes => [.. RedFlags.All.Select(f => f.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryFlag_HasSupporterWords_NamingThePerson_AndNeverAddressingThemAsYou(string code)
    {
        var flag = RedFlags.ForCode(code)!;
        Assert.True(SupporterAlertWords.Covers(flag), $"{code} has no supporter wording of its own.");

        var words = SupporterAlertWords.For(flag, "Sam Rivera");

        Assert.Contains("Sam Rivera", words.WhatHappened, StringComparison.Ordinal);
        foreach (var text in new[] { words.WhatHappened, words.WhatYouCanDo })
        {
            Assert.DoesNotContain("{name}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("your provider", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("you reported", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("you have had", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(flag.WhatToDo, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EmergencyFlags_AskTheSupporterToActNow()
    {
        foreach (var flag in RedFlags.All.Where(f => f.Level == ActionLevel.Emergency))
        {
            Assert.Contains("now", SupporterAlertWords.For(flag, "Sam").WhatYouCanDo, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AFlagThatLeftTheCatalogue_StillNamesThePerson()
    {
        var words = SupporterAlertWords.ForUnknown("Sam");
        Assert.Equal("Sam has an alert in Lantern.", words.WhatHappened);
    }

    [Fact]
    public void EveryLevel_HasAnUrgencyForSupporters_ThatIsNotThePatientsInstruction()
    {
        foreach (var level in Enum.GetValues<ActionLevel>())
        {
            Assert.DoesNotContain("your provider", SupporterAlertWords.Urgency(level), StringComparison.OrdinalIgnoreCase);
        }
    }
}
