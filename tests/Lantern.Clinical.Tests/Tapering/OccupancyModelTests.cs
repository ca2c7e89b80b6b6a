using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Tapering;

// Figures: clinical.md §1.6 A (formula vectors, made-up parameters) and §1.6 B / §1.2 (SECONDARY citalopram set,
// DERIVED plausibility table).
public sealed class OccupancyModelTests
{
    [Theory]
    [InlineData(100, 10, 0, 0.0)]
    [InlineData(100, 10, 10, 50.0)]
    [InlineData(100, 10, 30, 75.0)]
    [InlineData(80, 5, 5, 40.0)]
    [InlineData(80, 5, 20, 64.0)]
    public void OccupancyPercent_ReferenceVector_Matches(int emax, int ed50, int dose, double expected) =>
        Assert.Equal((decimal)expected, OccupancyModel.OccupancyPercent(emax, ed50, dose));

    [Theory]
    [InlineData(100, 10, 50, 10.0)]
    [InlineData(80, 5, 40, 5.0)]
    [InlineData(80, 5, 64, 20.0)]
    public void DoseForOccupancy_ReferenceVector_Matches(int emax, int ed50, int occupancy, double expected) =>
        Assert.Equal((decimal)expected, OccupancyModel.DoseForOccupancy(emax, ed50, occupancy));

    [Theory]
    [InlineData(80)]
    [InlineData(80.01)]
    [InlineData(95)]
    public void DoseForOccupancy_AtOrAboveEmax_RejectedNamingField(double occupancy)
    {
        var e = Assert.Throws<ClinicalInputException>(() => OccupancyModel.DoseForOccupancy(80m, 5m, (decimal)occupancy));

        Assert.Equal("occupancyPercent", e.Field);
    }

    [Fact]
    public void DoseForOccupancy_Negative_Rejected() =>
        Assert.Throws<ClinicalInputException>(() => OccupancyModel.DoseForOccupancy(80m, 5m, -1m));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7.5)]
    [InlineData(60)]
    public void DoseForOccupancy_RoundTrip_ReturnsDose(double dose)
    {
        var occupancy = OccupancyModel.OccupancyPercent(83.98m, 2.33m, (decimal)dose);

        Assert.Equal((decimal)dose, Math.Round(OccupancyModel.DoseForOccupancy(83.98m, 2.33m, occupancy), 10));
    }

    [Theory]
    [InlineData(40, 79.36)]
    [InlineData(20, 75.22)]
    [InlineData(10, 68.11)]
    [InlineData(5, 57.29)]
    [InlineData(2.5, 43.47)]
    [InlineData(1, 25.22)]
    [InlineData(0, 0)]
    public void CitalopramSet_DerivedTable_Matches(double dose, double occupancy)
    {
        var set = OccupancyParameterSets.DefaultFor("citalopram")!;

        Assert.Equal((decimal)occupancy, Math.Round(set.OccupancyPercent((decimal)dose), 2));
    }

    // Usual minimum doses: clinical.md §1.2 DERIVED table; desvenlafaxine 50 mg and vortioxetine 10 mg are each
    // label's usual/recommended dose (no minimum below it is the usual one).
    public static TheoryData<string, decimal> UsualMinimumDoses => new()
    {
        { "citalopram", 20m },
        { "desvenlafaxine", 50m },
        { "duloxetine", 60m },
        { "escitalopram", 10m },
        { "fluoxetine", 20m },
        { "paroxetine", 20m },
        { "sertraline", 50m },
        { "venlafaxine", 75m },
        { "vortioxetine", 10m },
    };

    [Theory]
    [MemberData(nameof(UsualMinimumDoses))]
    public void EveryAdoptedSet_AtUsualMinimumDose_Within65To90Percent(string drug, decimal dose)
    {
        var (low, high) = OccupancyParameterSets.PlausibleAtUsualMinimumDose;
        var sets = OccupancyParameterSets.ForDrug(drug);

        Assert.NotEmpty(sets);
        Assert.All(sets, s => Assert.InRange(s.OccupancyPercent(dose), low, high));
    }

    [Fact]
    public void EveryAdoptedSet_HasUsualMinimumDoseInThisTest() =>
        Assert.Equal(
            OccupancyParameterSets.All.Select(s => s.Drug).Distinct().Order(StringComparer.Ordinal),
            UsualMinimumDoses.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("citalopram", 20, 75.2)]
    [InlineData("fluoxetine", 20, 78.7)]
    [InlineData("paroxetine", 20, 75.9)]
    [InlineData("sertraline", 50, 79.7)]
    [InlineData("venlafaxine", 75, 83.6)]
    [InlineData("escitalopram", 10, 70.7)]
    [InlineData("duloxetine", 60, 82.2)]
    public void DefaultSet_DerivedPlausibilityTable_Matches(string drug, int dose, double expected) =>
        Assert.Equal((decimal)expected, Math.Round(OccupancyParameterSets.DefaultFor(drug)!.OccupancyPercent(dose), 1));

    [Fact]
    public void All_NeverClaimVerifiedAndCarryStatus() =>
        Assert.All(OccupancyParameterSets.All, s =>
        {
            Assert.Equal(EvidenceStatus.Secondary, s.Status);
            Assert.Equal("secondary", s.StatusCode);
            Assert.Equal(Refs.SorensenFitsViaThirdPartyCode, s.Source);
        });

    [Fact]
    public void CitalopramSet_ConflictingEd50IsVisible()
    {
        var set = OccupancyParameterSets.DefaultFor("citalopram")!;

        Assert.Equal(83.98m, set.EmaxPercent);
        Assert.Equal(2.33m, set.Ed50Mg);
        Assert.Contains("3.4 mg", set.Conflict, StringComparison.Ordinal);
        Assert.Equal(EvidenceStatus.Secondary, Refs.CitalopramEd50Conflict.Status);
    }

    [Fact]
    public void NotAdopted_EscitalopramPutamen_FailsPlausibilityAndIsExplained()
    {
        Assert.Null(OccupancyParameterSets.ForCode("escitalopram-putamen"));
        Assert.True(OccupancyModel.OccupancyPercent(69.32m, 1.22m, 10m) < OccupancyParameterSets.PlausibleAtUsualMinimumDose.Low);
        Assert.Contains("escitalopram-putamen", OccupancyParameterSets.NotAdopted.Keys);
    }

    [Theory]
    [InlineData("citalopram", "citalopram-striatum")]
    [InlineData("escitalopram", "escitalopram-caudate")]
    [InlineData("duloxetine", "duloxetine-thalamus")]
    public void DefaultFor_PrefersStriatalFit(string drug, string code)
    {
        Assert.Equal(code, OccupancyParameterSets.DefaultFor(drug)!.Code);
        Assert.Equal(code, OccupancyParameterSets.ForDrug(drug)[0].Code);
    }

    [Fact]
    public void DefaultFor_Benzodiazepine_NoModel() => Assert.Null(OccupancyParameterSets.DefaultFor("diazepam"));
}
