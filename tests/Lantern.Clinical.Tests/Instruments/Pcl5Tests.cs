using Lantern.Clinical.Instruments;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Instruments;

// Vectors: clinical.md §3.3 "PCL-5 test vectors".
public sealed class Pcl5Tests
{
    [Fact]
    public void Score_AllZero_TotalZeroNegative()
    {
        var result = Pcl5.Score(Repeat(0));

        Assert.Equal(0, result.Total);
        Assert.False(result.PositiveScreen);
        Assert.False(result.Dsm5RuleMet);
    }

    [Fact]
    public void Score_AllOne_Total20NegativeOnEveryCutPoint()
    {
        foreach (var cut in new[] { 31, 32, 33 })
        {
            var result = Pcl5.Score(Repeat(1), cut);
            Assert.Equal(20, result.Total);
            Assert.False(result.PositiveScreen);
            Assert.False(result.Dsm5RuleMet);
        }
    }

    [Fact]
    public void Score_AllTwo_Total40PositiveAndDsmRuleMet()
    {
        var result = Pcl5.Score(Repeat(2));

        Assert.Equal(40, result.Total);
        Assert.True(result.PositiveScreen);
        Assert.True(result.Dsm5RuleMet);
        Assert.Equal(new Pcl5ClusterScores(10, 4, 14, 12), result.Clusters);
    }

    [Fact]
    public void Score_OnlyClusterBAtFour_Total20DsmRuleFails()
    {
        int[] answers = [4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        var result = Pcl5.Score(answers);

        Assert.Equal(20, result.Total);
        Assert.False(result.PositiveScreen);
        Assert.False(result.Dsm5RuleMet);
        Assert.Equal(new Pcl5ClusterScores(20, 0, 0, 0), result.Clusters);
    }

    [Theory]
    [InlineData(31, true)]
    [InlineData(32, true)]
    [InlineData(33, false)]
    public void Score_Total32_DependsOnCutPoint(int cutPoint, bool positive)
    {
        // 16 items at 2 = 32.
        var answers = Repeat(0);
        for (var i = 0; i < 16; i++)
        {
            answers[i] = 2;
        }

        var result = Pcl5.Score(answers, cutPoint);

        Assert.Equal(32, result.Total);
        Assert.Equal(positive, result.PositiveScreen);
        Assert.Equal(cutPoint, result.CutPoint);
    }

    [Fact]
    public void Score_DefaultCutPoint_Is33()
    {
        var answers = Repeat(0);
        for (var i = 0; i < 16; i++)
        {
            answers[i] = 2;
        }

        answers[16] = 1; // 33

        Assert.True(Pcl5.Score(answers).PositiveScreen);
        Assert.Equal(33, Pcl5.DefaultCutPoint);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(34)]
    [InlineData(38)]
    public void Score_CutPointOutside31To33_RejectedNamingCutPoint(int cutPoint) =>
        Assert.Equal("cutPoint", Assert.Throws<ClinicalInputException>(() => Pcl5.Score(Repeat(0), cutPoint)).Field);

    [Fact]
    public void Score_ClustersUseItemBoundaries_1to5_6to7_8to14_15to20()
    {
        // Give each item its own number so every boundary shows in the sums (capped at 4 via item % 5).
        var answers = Enumerable.Range(1, 20).Select(n => n % 5).ToArray();

        var result = Pcl5.Score(answers);

        Assert.Equal(answers[0..5].Sum(), result.Clusters.B);
        Assert.Equal(answers[5..7].Sum(), result.Clusters.C);
        Assert.Equal(answers[7..14].Sum(), result.Clusters.D);
        Assert.Equal(answers[14..20].Sum(), result.Clusters.E);
    }

    [Theory]
    [InlineData(new[] { 2, 2, 2, 2 }, true)]   // 1 B, 1 C, 2 D, 2 E
    [InlineData(new[] { 1, 2, 2, 2 }, false)]  // B item only at 1
    [InlineData(new[] { 2, 1, 2, 2 }, false)]  // C item only at 1
    [InlineData(new[] { 2, 2, 1, 2 }, false)]  // only one D item endorsed
    [InlineData(new[] { 2, 2, 2, 1 }, false)]  // only one E item endorsed
    public void Score_MinimumDsmPattern_RuleNeedsOneBOneCTwoDTwoE(int[] levels, bool met)
    {
        var answers = Repeat(0);
        answers[0] = levels[0];  // B: item 1
        answers[5] = levels[1];  // C: item 6
        answers[7] = 2;          // D: item 8
        answers[8] = levels[2];  // D: item 9
        answers[14] = 2;         // E: item 15
        answers[15] = levels[3]; // E: item 16

        Assert.Equal(met, Pcl5.Score(answers).Dsm5RuleMet);
    }

    [Fact]
    public void Score_AnswerFive_RejectedNamingItem() =>
        Assert.Equal("answers[19]", Assert.Throws<ClinicalInputException>(() => Pcl5.Score([.. Repeat(0)[..19], 5])).Field);

    [Fact]
    public void Score_Always_SaysScreenNotDiagnosis()
    {
        var result = Pcl5.Score(Repeat(4));

        Assert.Equal(80, result.Total);
        Assert.Contains("screen, not a diagnosis", result.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_NoUnverifiedLoincCode()
    {
        // clinical.md §3.3: 91006-2 is UNVERIFIED and must not be encoded.
        Assert.Null(Pcl5.Definition.LoincTotalCode);
        Assert.Null(Pcl5.Definition.LoincPanelCode);
        Assert.Equal(20, Pcl5.Definition.Items.Count);
        Assert.Equal(["Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"], Pcl5.Definition.AnswerOptions.Select(o => o.Label));
        Assert.Equal([5, 2, 7, 6], Pcl5.Definition.Items.GroupBy(i => i.Cluster).Select(g => g.Count()));
    }

    private static int[] Repeat(int value) => Enumerable.Repeat(value, 20).ToArray();
}
