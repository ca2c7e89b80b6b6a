using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Instruments;

// Vectors: clinical.md §3.1 "PHQ-9 test vectors" (bands from Kroenke 2001: 5, 10, 15, 20).
public sealed class Phq9Tests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0 }, 4, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, "mild")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }, 9, "mild")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, 10, "moderate")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 0, 0 }, 14, "moderate")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 1, 0 }, 15, "moderately-severe")]
    [InlineData(new[] { 3, 3, 3, 2, 2, 2, 2, 2, 0 }, 19, "moderately-severe")]
    [InlineData(new[] { 3, 3, 3, 3, 2, 2, 2, 2, 0 }, 20, "severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 27, "severe")]
    public void Score_ReferenceVector_TotalAndBandMatch(int[] answers, int total, string band)
    {
        var result = Phq9.Score(answers);

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.SeverityCode);
    }

    [Theory]
    [InlineData(0, Phq9Severity.Minimal)]
    [InlineData(4, Phq9Severity.Minimal)]
    [InlineData(5, Phq9Severity.Mild)]
    [InlineData(9, Phq9Severity.Mild)]
    [InlineData(10, Phq9Severity.Moderate)]
    [InlineData(14, Phq9Severity.Moderate)]
    [InlineData(15, Phq9Severity.ModeratelySevere)]
    [InlineData(19, Phq9Severity.ModeratelySevere)]
    [InlineData(20, Phq9Severity.Severe)]
    [InlineData(27, Phq9Severity.Severe)]
    public void SeverityFor_BandEdge_ReturnsBand(int total, Phq9Severity expected) =>
        Assert.Equal(expected, Phq9.SeverityFor(total));

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    public void SeverityFor_TotalOutOfRange_Rejected(int total) =>
        Assert.Throws<ClinicalInputException>(() => Phq9.SeverityFor(total));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Score_Item9AtLeastOne_RaisesSelfHarmFlagEvenWhenTotalMinimal(int item9)
    {
        var result = Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, item9]);

        Assert.Equal(Phq9Severity.Minimal, result.Severity);
        var flag = Assert.Single(result.Flags);
        Assert.Equal("self-harm-thoughts", flag.Code);
        Assert.True(flag.Level >= ActionLevel.ContactProviderToday);
        Assert.True(flag.ShowCrisisResources);
    }

    [Fact]
    public void Score_Item9Zero_NoFlagEvenWhenTotalSevere()
    {
        var result = Phq9.Score([3, 3, 3, 3, 3, 3, 3, 3, 0]);

        Assert.Equal(Phq9Severity.Severe, result.Severity);
        Assert.Empty(result.Flags);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }, false)]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, true)]
    public void Score_ScreeningCutOffEdge_FlagsFromTen(int[] answers, bool expected) =>
        Assert.Equal(expected, Phq9.Score(answers).AtOrAboveScreeningCutOff);

    [Fact]
    public void Score_AnswerOutOfRange_NamesTheField()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Phq9.Score([0, 0, 0, 4, 0, 0, 0, 0, 0]));

        Assert.Equal("answers[3]", ex.Field);
        Assert.Contains("0 to 3", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SeveralAnswersOutOfRange_ReportsEveryField()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Phq9.Score([-1, 0, 0, 0, 0, 0, 0, 0, 9]));

        Assert.Equal(["answers[0]", "answers[8]"], ex.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(10)]
    public void Score_WrongNumberOfAnswers_Rejected(int count)
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Phq9.Score(new int[count]));

        Assert.Equal("answers", ex.Field);
    }

    [Fact]
    public void Score_NullAnswers_Rejected() =>
        Assert.Equal("answers", Assert.Throws<ClinicalInputException>(() => Phq9.Score(null)).Field);

    [Fact]
    public void Validate_ValidAnswers_ReturnsNoErrors() =>
        Assert.Empty(Phq9.Validate([3, 2, 1, 0, 0, 1, 2, 3, 0]));

    [Fact]
    public void Definition_Items_MatchReferenceOrderAndLoincCodes()
    {
        var d = Phq9.Definition;

        Assert.Equal(
            ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"],
            d.Items.Select(i => i.LoincCode));
        Assert.Equal("44249-1", d.LoincPanelCode);
        Assert.Equal("44261-6", d.LoincTotalCode);
        Assert.Equal("Thoughts that you would be better off dead, or of hurting yourself in some way", d.Items[8].Text);
        Assert.Equal("Little interest or pleasure in doing things", d.Items[0].Text);
        Assert.Equal((0, 27), (d.MinTotal, d.MaxTotal));
    }

    [Fact]
    public void Definition_AnswerOptions_CarryReferenceLabelsAndLoincAnswerCodes()
    {
        Assert.Equal(
            [
                new AnswerOption(0, "Not at all", "LA6568-5"),
                new AnswerOption(1, "Several days", "LA6569-3"),
                new AnswerOption(2, "More than half the days", "LA6570-1"),
                new AnswerOption(3, "Nearly every day", "LA6571-9"),
            ],
            Phq9.Definition.AnswerOptions);
    }

    [Theory]
    [InlineData(20, 10, true)]
    [InlineData(20, 11, false)]
    [InlineData(10, 5, true)]
    [InlineData(11, 6, false)]
    public void CompareWithBaseline_FiftyPercentEdge_ResponseConvention(int baseline, int current, bool response)
    {
        var change = Phq9.CompareWithBaseline(baseline, current);

        Assert.Equal(response, change.Response.Met);
        Assert.Equal(EvidenceStatus.Secondary, change.Response.Status);
    }

    [Fact]
    public void CompareWithBaseline_TwentyToEleven_PercentIsMinus45()
    {
        Assert.Equal(-45.0m, Phq9.CompareWithBaseline(20, 11).PercentChange);
        Assert.Equal(-50.0m, Phq9.CompareWithBaseline(20, 10).PercentChange);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void CompareWithBaseline_RemissionEdge_OfferedOnlyAsUnverifiedConvention(int current, bool remission)
    {
        var change = Phq9.CompareWithBaseline(20, current);

        Assert.Equal(remission, change.Remission.Met);
        Assert.Equal(EvidenceStatus.ConventionNotVerified, change.Remission.Status);
        Assert.Equal(Refs.Phq9RemissionConvention, change.Remission.Source);
    }

    [Fact]
    public void CompareWithBaseline_BaselineZero_ResponseNotApplicable()
    {
        var change = Phq9.CompareWithBaseline(0, 3);

        Assert.Null(change.Response.Met);
        Assert.Null(change.PercentChange);
    }

    [Theory]
    [InlineData(-1, 5, "baselineTotal")]
    [InlineData(5, 28, "currentTotal")]
    public void CompareWithBaseline_TotalOutOfRange_NamesField(int baseline, int current, string field) =>
        Assert.Equal(field, Assert.Throws<ClinicalInputException>(() => Phq9.CompareWithBaseline(baseline, current)).Field);
}
