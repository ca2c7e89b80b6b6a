using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Ketamine;

public sealed class SessionAnswersTests
{
    [Fact]
    public void SupportCheck_HardToWake_RaisesSevereConfusionEmergency()
    {
        var flags = SupportCheckAnswers.Parse("hard-to-wake", "calm", false).Flags();

        Assert.Equal(RedFlags.SevereConfusion, Assert.Single(flags));
        Assert.Equal(ActionLevel.Emergency, flags[0].Level);
    }

    [Fact]
    public void SupportCheck_BreathingConcern_RaisesTroubleBreathing() =>
        Assert.Equal([RedFlags.TroubleBreathing], SupportCheckAnswers.Parse("awake", "calm", true).Flags());

    [Fact]
    public void SupportCheck_VeryDistressedButAwake_RaisesNoFlag() =>
        Assert.Empty(SupportCheckAnswers.Parse("awake", "very-distressed", false).Flags());

    [Fact]
    public void SupportCheck_UnknownAndMissingAnswers_RejectedNamingBothFields()
    {
        var failure = Assert.Throws<ClinicalInputException>(() => SupportCheckAnswers.Parse("asleep", null, null));

        Assert.Equal(["responsiveness", "calmness"], failure.Errors.Select(e => e.Field));
        Assert.Equal(SupportCheckAnswers.ResponsivenessCodes, failure.Errors[0].Accepted);
    }

    [Fact]
    public void AfterSession_AnyUrinarySymptom_RaisesBladderFlag()
    {
        var report = AfterSessionReport.Parse(null, 3, ["frequent-or-urgent"], null);

        Assert.Equal([RedFlags.BladderPainOrBloodInUrine], report.Flags());
        Assert.All(report.Ratings.Values, r => Assert.Equal(0, r));
    }

    [Fact]
    public void AfterSession_WarningSigns_RaiseTheirOwnFlagsMostUrgentFirst()
    {
        var report = AfterSessionReport.Parse(new Dictionary<string, int> { ["nausea"] = 2 }, 7, ["blood-in-urine"], ["seeing-or-hearing-things", "chest-pain"]);

        Assert.Equal([RedFlags.ChestPain, RedFlags.SeeingOrHearingThings, RedFlags.BladderPainOrBloodInUrine], report.Flags());
        Assert.Equal(2, report.Ratings["nausea"]);
    }

    [Fact]
    public void AfterSession_NothingReported_RaisesNoFlag() =>
        Assert.Empty(AfterSessionReport.Parse(new Dictionary<string, int> { ["sedation"] = 3, ["anxiety"] = 3 }, 10, [], []).Flags());

    [Fact]
    public void AfterSession_BadValues_RejectedNamingEachField()
    {
        var failure = Assert.Throws<ClinicalInputException>(() => AfterSessionReport.Parse(
            new Dictionary<string, int> { ["nausea"] = 4, ["itching"] = 1 }, 11, ["sore-throat"], ["bp-urgent"]));

        Assert.Equal(
            new[] { "dissociation", "ratings.itching", "ratings.nausea", "urinarySymptoms[0]", "warningSigns[0]" },
            failure.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AfterSession_DissociationMissing_RejectedNamingIt() =>
        Assert.Equal("dissociation", Assert.Throws<ClinicalInputException>(() => AfterSessionReport.Parse(null, null, null, null)).Field);
}
