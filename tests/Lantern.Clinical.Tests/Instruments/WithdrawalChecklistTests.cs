using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Instruments;

public sealed class WithdrawalChecklistTests
{
    [Fact]
    public void Score_NotTolerable_HoldsNextReductionAndFlagsContactToday()
    {
        var result = WithdrawalChecklist.Score([2, 0, 3, 0, 0, 0, 1, 0, 0, 0], symptomsTolerable: false);

        Assert.True(result.HoldNextReduction);
        var flag = Assert.Single(result.Flags);
        Assert.Equal(RedFlags.WithdrawalNotTolerable, flag);
        Assert.Equal(ActionLevel.ContactProviderToday, flag.Level);
        Assert.Equal([1, 3, 7], result.SymptomsPresent);
        Assert.Equal([3], result.SymptomsRatedSevere);
        Assert.Equal(6, result.Total);
    }

    [Fact]
    public void Score_TolerableSymptoms_NoHoldMentionAtNextVisit()
    {
        var result = WithdrawalChecklist.Score([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], symptomsTolerable: true);

        Assert.False(result.HoldNextReduction);
        Assert.Equal(ActionLevel.MentionAtNextVisit, Assert.Single(result.Flags).Level);
    }

    [Fact]
    public void Score_NoSymptoms_NoFlags()
    {
        var result = WithdrawalChecklist.Score(new int[10], symptomsTolerable: null);

        Assert.Empty(result.Flags);
        Assert.False(result.HoldNextReduction);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void Score_SymptomsWithoutTolerabilityAnswer_RejectedNamingField()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => WithdrawalChecklist.Score([0, 0, 0, 3, 0, 0, 0, 0, 0, 0], null));

        Assert.Equal("symptomsTolerable", ex.Field);
    }

    [Fact]
    public void Definition_LabelledAsLanternsOwnAndNotValidated()
    {
        var d = WithdrawalChecklist.Definition;

        Assert.False(d.IsValidatedScale);
        Assert.Contains("not a validated scale", d.Notice, StringComparison.Ordinal);
        Assert.Equal(EvidenceStatus.LanternPolicy, d.Sources[0].Status);
        Assert.Equal(10, d.Items.Count);
        Assert.Contains(d.Items, i => i.Text.Contains("Electric-shock", StringComparison.Ordinal));
        Assert.Equal((0, 30), (d.MinTotal, d.MaxTotal));
    }
}
