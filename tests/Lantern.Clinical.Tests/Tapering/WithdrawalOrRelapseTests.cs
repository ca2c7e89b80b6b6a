using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Tests.Tapering;

// NICE NG222 1.4.15: withdrawal symptoms may appear within a few days and usually go within 1 to 2 weeks;
// 1.4.18: monitor for withdrawal and for the return of depression (clinical.md §1.4).
public sealed class WithdrawalOrRelapseTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData(0, "within-usual-withdrawal-window")]
    [InlineData(3, "within-usual-withdrawal-window")]
    [InlineData(14, "within-usual-withdrawal-window")]
    [InlineData(15, "after-usual-withdrawal-window")]
    [InlineData(60, "after-usual-withdrawal-window")]
    public void Explain_DaysSinceReduction_TimingFollowsNiceOneToTwoWeeks(int days, string expected)
    {
        var guidance = WithdrawalOrRelapse.Explain(Today.AddDays(-days), Today);

        Assert.Equal(expected, guidance.TimingCode);
        Assert.Equal(days, guidance.DaysSinceLastReduction);
    }

    [Fact]
    public void Explain_AfterUsualWindow_NamesRelapseAndPrescriber()
    {
        var guidance = WithdrawalOrRelapse.Explain(Today.AddDays(-30), Today);

        Assert.Contains("30 days ago", guidance.Timing, StringComparison.Ordinal);
        Assert.Contains("depression returning", guidance.Timing, StringComparison.Ordinal);
        Assert.Contains("prescriber", guidance.Timing, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NoReductionOrFutureDate_SaysNoneRecorded()
    {
        Assert.Equal("no-reduction-recorded", WithdrawalOrRelapse.Explain(null, Today).TimingCode);
        Assert.Equal("no-reduction-recorded", WithdrawalOrRelapse.Explain(Today.AddDays(1), Today).TimingCode);
        Assert.Null(WithdrawalOrRelapse.Explain(null, Today).DaysSinceLastReduction);
    }

    [Fact]
    public void Explain_Always_CitesNiceWithNiceFiguresAndNeverDiagnoses()
    {
        foreach (var guidance in new[] { WithdrawalOrRelapse.Explain(null, Today), WithdrawalOrRelapse.Explain(Today.AddDays(-5), Today), WithdrawalOrRelapse.Explain(Today.AddDays(-40), Today) })
        {
            Assert.Equal([Refs.NiceNg222], guidance.Sources);
            var text = string.Join(" ", guidance.Points.Append(guidance.Timing));
            Assert.Contains("within a few days", text, StringComparison.Ordinal);
            Assert.Contains("1 to 2 weeks", text, StringComparison.Ordinal);
            Assert.Contains("several months", text, StringComparison.Ordinal);
            Assert.DoesNotContain("this is withdrawal", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("this is relapse", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void UsualDurationDays_IsNicesTwoWeeks() => Assert.Equal(14, WithdrawalOrRelapse.UsualDurationDays);
}
