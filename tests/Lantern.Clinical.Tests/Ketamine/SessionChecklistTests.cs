using Lantern.Clinical.Ketamine;

namespace Lantern.Clinical.Tests.Ketamine;

public sealed class SessionChecklistTests
{
    private static (string?, string?)[] Defaults() => [.. SessionChecklist.Defaults.Select(i => ((string?)i.Code, (string?)i.Text))];

    [Fact]
    public void Defaults_CoverTheIssuesItems_WithSourcesWhereTheyExist()
    {
        var codes = SessionChecklist.Defaults.Select(i => i.Code).ToArray();

        Assert.Equal(["food", "no-alcohol", "medicines", "support-person", "quiet-space", "phone-silenced", "no-driving", "blood-pressure", "intention"], codes);
        Assert.Contains(Refs.SpravatoLabel, SessionChecklist.DefaultFor("no-driving")!.Sources);
        Assert.Contains(Refs.SpravatoLabel, SessionChecklist.DefaultFor("blood-pressure")!.Sources);
        Assert.Contains(Refs.Hull2022, SessionChecklist.DefaultFor("support-person")!.Sources);
        Assert.False(SessionChecklist.DefaultFor("blood-pressure")!.CanRemove);
        Assert.Equal(ChecklistItemKind.BloodPressureRecorded, SessionChecklist.KindOf("blood-pressure"));
        Assert.Equal(ChecklistItemKind.IntentionWritten, SessionChecklist.KindOf("intention"));
        Assert.Equal(ChecklistItemKind.Tick, SessionChecklist.KindOf("custom-2"));
    }

    [Fact]
    public void BenzodiazepineNote_SaysTellYourProviderAndNeverStopAlone()
    {
        Assert.Contains("Tell your provider", SessionChecklist.BenzodiazepineNote, StringComparison.Ordinal);
        Assert.Contains("Do not stop", SessionChecklist.BenzodiazepineNote, StringComparison.Ordinal);
        Assert.Equal([Refs.Andrashko2020, Refs.Feeney2023], SessionChecklist.BenzodiazepineSources);
    }

    [Fact]
    public void Validate_DefaultsReworded_WithACustomItem_Accepted()
    {
        (string?, string?)[] items = [.. Defaults().Select(i => i.Item1 == "food" ? (i.Item1, "Nothing to eat for 4 hours before") : i), ("custom-1", "Bring a blanket")];

        Assert.Empty(SessionChecklist.Validate(items));
    }

    [Fact]
    public void Validate_BloodPressureItemRemoved_RejectedNamingTheList()
    {
        var items = Defaults().Where(i => i.Item1 != "blood-pressure").ToArray();

        Assert.Equal("checklist", Assert.Single(SessionChecklist.Validate(items)).Field);
    }

    [Theory]
    [InlineData("custom-x", "Bring water", "checklist[1].code")]
    [InlineData("blood-pressure", "Again", "checklist[1].code")]
    [InlineData("custom-1", "", "checklist[1].text")]
    public void Validate_BadItem_RejectedNamingItsField(string code, string text, string field)
    {
        (string?, string?)[] items = [("blood-pressure", "Blood pressure"), (code, text)];

        Assert.Contains(SessionChecklist.Validate(items), e => e.Field == field);
    }

    [Fact]
    public void Validate_TextTooLong_RejectedNamingTheItem()
    {
        (string?, string?)[] items = [("blood-pressure", new string('x', SessionChecklist.MaxTextLength + 1))];

        Assert.Equal("checklist[0].text", Assert.Single(SessionChecklist.Validate(items)).Field);
    }
}
