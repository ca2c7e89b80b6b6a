using Lantern.Clinical.Instruments;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Instruments;

// Vectors: clinical.md §3.2 "GAD-7 test vectors" (Kroenke 2007 bands 5, 10, 15).
public sealed class Gad7Tests
{
    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "severe")]
    [InlineData(21, "severe")]
    public void Score_ReferenceTotal_BandMatches(int total, string band)
    {
        var answers = Spread(total);

        var result = Gad7.Score(answers);

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.SeverityCode);
        Assert.Equal(band, Gad7.SeverityFor(total).ToCode());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(22)]
    public void SeverityFor_TotalOutOfRange_Rejected(int total) =>
        Assert.Throws<ClinicalInputException>(() => Gad7.SeverityFor(total));

    [Fact]
    public void Score_AnswerOutOfRange_NamesTheField()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => Gad7.Score([0, 0, 0, 0, 0, 0, 4]));

        Assert.Equal("answers[6]", ex.Field);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(9)]
    public void Score_WrongNumberOfAnswers_Rejected(int count) =>
        Assert.Equal("answers", Assert.Throws<ClinicalInputException>(() => Gad7.Score(new int[count])).Field);

    [Fact]
    public void Definition_Codes_PanelAndTotalOnly()
    {
        var d = Gad7.Definition;

        Assert.Equal("69737-5", d.LoincPanelCode);
        Assert.Equal("70274-6", d.LoincTotalCode);

        // Item and answer codes are not in the reference; they must not be invented.
        Assert.All(d.Items, i => Assert.Null(i.LoincCode));
        Assert.All(d.AnswerOptions, o => Assert.Null(o.LoincAnswerCode));
        Assert.Equal(7, d.Items.Count);
        Assert.Equal("Not being able to stop or control worrying", d.Items[1].Text);
    }

    private static int[] Spread(int total)
    {
        var answers = new int[7];
        for (var i = 0; total > 0; i++)
        {
            var add = Math.Min(3, total);
            answers[i] = add;
            total -= add;
        }

        return answers;
    }
}
