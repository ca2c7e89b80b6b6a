using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;

namespace Lantern.Clinical.Tests.Safety;

/// <summary>The ASQ acuity question after a positive PHQ-9 item 9 (clinical.md §3.6): asked when, in which words, and what each answer means.</summary>
public sealed class SuicideRiskFollowUpTests
{
    [Fact]
    public void Question_IsTheAsqAcuityQuestionWordForWord() =>
        Assert.Equal("Are you having thoughts of killing yourself right now?", SuicideRiskFollowUp.Question);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void IsAskedAfter_Item9Answer_AskedForAnyPositiveAnswerWhateverTheTotal(int item9, bool asked)
    {
        Assert.Equal(asked, SuicideRiskFollowUp.IsAskedAfter(Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, item9])));
        Assert.Equal(asked, SuicideRiskFollowUp.IsAskedAfter(Phq9.Score([3, 3, 3, 3, 3, 3, 3, 3, item9])));
    }

    [Fact]
    public void FlagFor_Yes_IsAnEmergencyMentalHealthCrisis_BuiltOnTheAsqAndLabelledLanternPolicy()
    {
        var flag = SuicideRiskFollowUp.FlagFor(thoughtsOfKillingYourselfRightNow: true);

        Assert.Same(RedFlags.SuicidalThoughtsRightNow, flag);
        Assert.Equal(ActionLevel.Emergency, flag.Level);
        Assert.Equal(Enum.GetValues<ActionLevel>().Max(), flag.Level);
        Assert.Equal(CrisisKind.MentalHealthCrisis, flag.Kind);
        Assert.Contains(flag.Sources, s => s.Key == nameof(Refs.NimhAsqToolkit) && s.Status == EvidenceStatus.Secondary);
        Assert.Contains(flag.Sources, s => s.Status == EvidenceStatus.LanternPolicy);
    }

    [Fact]
    public void FlagFor_No_IsItem9sOwnContactYourProviderToday() =>
        Assert.Same(RedFlags.SelfHarmThoughts, SuicideRiskFollowUp.FlagFor(thoughtsOfKillingYourselfRightNow: false));

    [Fact]
    public void Refs_AsqEntry_IsSecondaryFromTheReference()
    {
        Assert.Equal(EvidenceStatus.Secondary, Refs.NimhAsqToolkit.Status);
        Assert.Equal("clinical.md §3.6", Refs.NimhAsqToolkit.ReferenceSection);
        Assert.Contains(SuicideRiskFollowUp.Question, Refs.NimhAsqToolkit.Citation, StringComparison.Ordinal);
    }
}
