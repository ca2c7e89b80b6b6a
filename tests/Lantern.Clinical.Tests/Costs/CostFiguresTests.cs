using System.Globalization;
using Lantern.Clinical.Costs;

namespace Lantern.Clinical.Tests.Costs;

/// <summary>Every price is dated, sourced, plausible, and printed in its own citation, so a figure cannot drift from its source.</summary>
public sealed class CostFiguresTests
{
    [Fact]
    public void Figures_EveryRoute_HasOneSelfPayFigure() =>
        Assert.All(Enum.GetValues<TreatmentRoute>(), route => Assert.NotNull(CostFigures.For(route, Payer.SelfPay)));

    [Fact]
    public void Figures_NoInsuredFigure_BecauseNoDatedSourceWasFound() =>
        Assert.DoesNotContain(CostFigures.All, f => f.Payer == Payer.Insured);

    [Fact]
    public void Figures_Each_IsDatedSecondaryAndOrdered()
    {
        Assert.All(CostFigures.All, figure =>
        {
            Assert.Matches(@"(19|20)\d\d$", figure.FigureDate);
            Assert.Equal(EvidenceStatus.Secondary, figure.Source.Status);
            Assert.StartsWith("https://", figure.Source.Link, StringComparison.Ordinal);
            Assert.InRange(figure.PerSession.Low, 1m, figure.PerSession.High);
            Assert.False(string.IsNullOrWhiteSpace(figure.Covers));
        });
    }

    [Fact]
    public void Figures_Each_AppearInTheirCitation()
    {
        Assert.All(CostFigures.All, figure =>
        {
            Assert.Contains("$" + figure.PerSession.Low.ToString("#,0", CultureInfo.InvariantCulture), figure.Source.Citation, StringComparison.Ordinal);
            Assert.Contains("$" + figure.PerSession.High.ToString("#,0", CultureInfo.InvariantCulture), figure.Source.Citation, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Figures_DateAppearsInCitation()
    {
        Assert.All(CostFigures.All, figure => Assert.Contains(figure.FigureDate, figure.Source.Citation, StringComparison.Ordinal));
        Assert.All(CostFigures.CoverageNotes, note => Assert.Contains(note.FigureDate, note.Source.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public void Esketamine_Figure_SaysItIsTheMedicineOnly() =>
        Assert.Contains("medicine only", CostFigures.EsketamineSelfPay.Covers, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void SourceRegistry_CostSources_AreUsedByCostRules()
    {
        Assert.Contains("CostFigures.EsketamineSelfPay", SourceRegistry.RulesUsing(nameof(Refs.Stat2019SpravatoListPrice)));
        Assert.Contains("CostEstimator.Estimate", SourceRegistry.RulesUsing(nameof(Refs.CrainsNewYork2022KetamineCosts)));
        Assert.Contains("CostFigures.IvInsurance", SourceRegistry.RulesUsing(nameof(Refs.KffHealthNews2024KetamineInsurance)));
    }

    [Fact]
    public void Codes_RoundTrip()
    {
        Assert.Equal(CostCodes.RouteCodes, Enum.GetValues<TreatmentRoute>().Select(r => r.ToCode()));
        Assert.Equal(CostCodes.BoosterCodes, Enum.GetValues<BoosterFrequency>().Select(b => b.ToCode()));
        Assert.Equal(CostCodes.InsuranceCodes, Enum.GetValues<InsuranceStatus>().Select(i => i.ToCode()));
        Assert.Equal([0, 1, 2, 4], Enum.GetValues<BoosterFrequency>().Select(b => b.SessionsPerMonth()));
    }
}
