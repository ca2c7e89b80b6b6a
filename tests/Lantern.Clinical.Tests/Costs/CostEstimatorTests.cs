using Lantern.Clinical.Costs;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Costs;

// Figures: the dated sources in Refs.Costs.cs. Expected totals are the sources' own numbers where a source
// published one (STAT 2019 monthly esketamine costs), otherwise sessions × the published per-session range.
public sealed class CostEstimatorTests
{
    private static CostLine SelfPay(CostEstimate estimate) => Assert.Single(estimate.Lines, l => l.Figure?.Payer == Payer.SelfPay);

    [Fact]
    public void Estimate_EsketamineWeeklyBoosters_MonthlyMatchesStatLaterMonths()
    {
        // STAT, 22 March 2019: later months cost $2,360 to $3,540, i.e. 4 sessions at $590 to $885.
        var line = SelfPay(CostEstimator.Estimate(new CostRequest("esketamine", 8, "weekly", "no")));

        Assert.Equal(new PriceRange(2360m, 3540m), line.MonthlyBoosters);
    }

    [Fact]
    public void Estimate_EsketamineEightSessions_LowEndMatchesStatFirstMonth()
    {
        // STAT: the first month costs $4,720 to $6,785. Eight sessions at $590 is the published low end. The published
        // high end is below 8 × $885 = $7,080 because the first dose is the 56 mg one; we price every session the same.
        var line = SelfPay(CostEstimator.Estimate(new CostRequest("esketamine", 8, null, "no")));

        Assert.Equal(4720m, line.CourseTotal.Low);
        Assert.Equal(7080m, line.CourseTotal.High);
        Assert.True(line.CourseTotal.High >= 6785m);
    }

    [Fact]
    public void Estimate_IvSixSessions_CourseIsSixTimesCrainsRange()
    {
        // Crain's New York Business, 3 May 2022: $500 to $1,000 a session; typically six or more sessions.
        var line = SelfPay(CostEstimator.Estimate(new CostRequest("iv", 6, "monthly", "no")));

        Assert.Equal(new PriceRange(500m, 1000m), line.PerSession);
        Assert.Equal(new PriceRange(3000m, 6000m), line.CourseTotal);
        Assert.Equal(new PriceRange(500m, 1000m), line.MonthlyBoosters);
    }

    [Fact]
    public void Estimate_AtHomeSixSessionsTwiceMonthly_UsesBloombergRange()
    {
        // Bloomberg, November 2022: as little as $167 a session; roughly $200 a treatment at Mindbloom.
        var line = SelfPay(CostEstimator.Estimate(new CostRequest("at-home", 6, "twice-monthly", "no")));

        Assert.Equal(new PriceRange(167m, 200m), line.PerSession);
        Assert.Equal(new PriceRange(1002m, 1200m), line.CourseTotal);
        Assert.Equal(new PriceRange(334m, 400m), line.MonthlyBoosters);
    }

    [Fact]
    public void Estimate_NoBoosters_MonthlyIsZero()
    {
        var estimate = CostEstimator.Estimate(new CostRequest("iv", 4, "none", "no"));

        Assert.Equal(0, estimate.BoosterSessionsPerMonth);
        Assert.Equal(PriceRange.Zero, SelfPay(estimate).MonthlyBoosters);
    }

    [Fact]
    public void Estimate_WithQuote_AddsQuoteLineWithSameArithmetic()
    {
        var estimate = CostEstimator.Estimate(new CostRequest("iv", 6, "weekly", "no", 450.50m));

        var quote = Assert.IsType<CostLine>(estimate.FromQuote);
        Assert.Null(quote.Figure);
        Assert.Equal(new PriceRange(2703m, 2703m), quote.CourseTotal);
        Assert.Equal(new PriceRange(1802m, 1802m), quote.MonthlyBoosters);
    }

    [Fact]
    public void Estimate_InsuranceNo_OnlySelfPayAndNoGaps()
    {
        var estimate = CostEstimator.Estimate(new CostRequest("esketamine", 8, null, "no"));

        Assert.Equal("Without insurance", Assert.Single(estimate.Lines).Label);
        Assert.Empty(estimate.Gaps);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("unknown")]
    [InlineData(null)]
    public void Estimate_EsketamineWithInsuranceOrUnknown_LeavesInsuredRowOutAndSaysSo(string? insurance)
    {
        var estimate = CostEstimator.Estimate(new CostRequest("esketamine", 8, null, insurance));

        var gap = Assert.Single(estimate.Gaps);
        Assert.Equal(Payer.Insured, gap.Payer);
        Assert.Contains("no dated, published figure", gap.Explanation, StringComparison.Ordinal);
        Assert.Null(gap.Note);
        Assert.DoesNotContain(estimate.Lines, l => l.Figure?.Payer == Payer.Insured);
        Assert.Equal("Without insurance, or if your plan does not pay", SelfPay(estimate).Label);
    }

    [Theory]
    [InlineData("iv", nameof(Refs.KffHealthNews2024KetamineInsurance))]
    [InlineData("at-home", nameof(Refs.BhBusiness2022AtHomeInsurance))]
    public void Estimate_KetamineWithInsurance_GapCarriesDatedCoverageNote(string route, string sourceKey)
    {
        var estimate = CostEstimator.Estimate(new CostRequest(route, 6, null, "yes"));

        var note = Assert.IsType<CoverageNote>(Assert.Single(estimate.Gaps).Note);
        Assert.Equal(sourceKey, note.Source.Key);
        Assert.Contains(estimate.Sources, s => s.Key == sourceKey);
    }

    [Fact]
    public void Estimate_Sources_ListFigureSourceOnce()
    {
        var estimate = CostEstimator.Estimate(new CostRequest("esketamine", 8, "weekly", "unknown", 700m));

        Assert.Equal([nameof(Refs.Stat2019SpravatoListPrice)], estimate.Sources.Select(s => s.Key));
        Assert.Equal(CostEstimator.Caution, estimate.Caution);
    }

    [Theory]
    [InlineData("Spravato", TreatmentRoute.Esketamine)]
    [InlineData("IV", TreatmentRoute.IvInClinic)]
    [InlineData("at home", TreatmentRoute.AtHomeLozenges)]
    public void Estimate_RouteSpelledDifferently_IsAccepted(string code, TreatmentRoute expected) =>
        Assert.Equal(expected, CostEstimator.Estimate(new CostRequest(code, 1)).Route);

    [Fact]
    public void Estimate_EverythingWrong_NamesEveryField()
    {
        var failure = Assert.Throws<ClinicalInputException>(() =>
            CostEstimator.Estimate(new CostRequest("pills", 0, "daily", "maybe", -5m)));

        Assert.Equal(
            ["boosters", "insurance", "quotedPricePerSession", "route", "sessionsInCourse"],
            failure.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(CostCodes.RouteCodes, failure.Errors.Single(e => e.Field == "route").Accepted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(53)]
    public void Estimate_SessionsOutOfRange_NamesSessionsField(int? sessions)
    {
        var failure = Assert.Throws<ClinicalInputException>(() => CostEstimator.Estimate(new CostRequest("iv", sessions)));

        Assert.Equal("sessionsInCourse", Assert.Single(failure.Errors).Field);
    }

    [Fact]
    public void Estimate_MissingRequest_NamesRouteAndSessions()
    {
        var errors = CostEstimator.Validate(null);

        Assert.Equal(["route", "sessionsInCourse"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(CostEstimator.MaxSessionsInCourse)]
    public void Estimate_SessionsAtLimits_Accepted(int sessions) =>
        Assert.Equal(sessions, CostEstimator.Estimate(new CostRequest("iv", sessions)).SessionsInCourse);
}
