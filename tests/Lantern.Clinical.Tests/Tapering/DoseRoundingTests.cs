using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Tests.Tapering;

public sealed class DoseRoundingTests
{
    private static Formulation Of(string drug, string code) => DrugCatalogue.Find(drug)!.Formulations.Single(f => f.Code == code);

    [Theory]
    [InlineData(15, 15, "½ × 30 mg tablet")]
    [InlineData(25, 25, "½ × 30 mg tablet + 1 × 10 mg tablet")]
    [InlineData(50, 50, "1 × 40 mg tablet + 1 × 10 mg tablet")]
    [InlineData(12, 10, "1 × 10 mg tablet")]
    [InlineData(13, 15, "½ × 30 mg tablet")]
    public void Round_CitalopramTablets_NearestDeliverableWithFewestPieces(int dose, int expected, string amount)
    {
        var rounded = DoseRounding.Round(dose, Of("citalopram", "tablets"));

        Assert.Equal(expected, rounded.DoseMg);
        Assert.Equal(amount, rounded.Amount);
        Assert.Equal(10m, rounded.SmallestUnitMg); // 10 mg whole or half a 20 mg; 15 mg halves fill the gaps above it
    }

    [Fact]
    public void Round_HalfwayBetweenTwoDoses_TakesTheLargerGentlerDose() =>
        Assert.Equal(15m, DoseRounding.Round(12.5m, Of("citalopram", "tablets")).DoseMg);

    [Fact]
    public void Round_Capsules_NeverSplit()
    {
        var rounded = DoseRounding.Round(25m, Of("duloxetine", "delayed-release-capsules"));

        Assert.Equal(30m, rounded.DoseMg); // 5 mg from 20 and from 30: a tie goes to the larger dose
        Assert.Equal("1 × 30 mg capsule", rounded.Amount);
        Assert.Equal(20m, rounded.SmallestUnitMg);
    }

    [Fact]
    public void Round_Liquid_MeasuredToTheIncrementInMl()
    {
        var rounded = DoseRounding.Round(3.33m, Of("fluoxetine", "oral-solution-4-mg-per-ml"));

        Assert.Equal(3.2m, rounded.DoseMg);
        Assert.Equal(0.8m, rounded.VolumeMl);
        Assert.Equal("0.8 mL", rounded.Amount);
        Assert.Equal(0.4m, rounded.SmallestUnitMg);
    }

    [Fact]
    public void Round_LiquidWithCoarserSyringe_UsesGivenIncrement()
    {
        var rounded = DoseRounding.Round(3.33m, Of("fluoxetine", "oral-solution-4-mg-per-ml"), liquidIncrementMl: 0.5m);

        Assert.Equal(4m, rounded.DoseMg);
        Assert.Equal("1 mL", rounded.Amount);
    }

    [Fact]
    public void Round_Drops_CountsDropsAndShowsMl()
    {
        var rounded = DoseRounding.Round(9m, Of("citalopram", "oral-drops-40-mg-per-ml"));

        Assert.Equal(10m, rounded.DoseMg);
        Assert.Equal(5, rounded.Drops);
        Assert.Equal("5 drops = 0.25 mL", rounded.Amount);
    }

    [Fact]
    public void Round_Zero_NoAmount() => Assert.Equal(string.Empty, DoseRounding.Round(0m, Of("sertraline", "tablets")).Amount);

    [Fact]
    public void Round_QuarteredStrength_ShowsQuarters()
    {
        var quartered = new Formulation("test", FormulationKind.Tablet, "Test tablets", [new SolidStrength(4m, Splitting.Quarters)], null, null, []);

        Assert.Equal("1¾ × 4 mg tablet", DoseRounding.Round(7m, quartered).Amount);
        Assert.Equal(1m, quartered.SmallestUnitMg(0.1m));
    }

    // Property (issue 6): rounding never changes a dose by more than half the smallest available unit.
    [Fact]
    public void Round_EveryCatalogueFormulationAndManyDoses_ErrorAtMostHalfTheSmallestUnit()
    {
        var random = new Random(6);
        var checkedCount = 0;
        foreach (var drug in DrugCatalogue.All)
        {
            foreach (var formulation in drug.Formulations)
            {
                foreach (var increment in new[] { 0.01m, 0.1m, 0.2m, 0.5m })
                {
                    var unit = formulation.SmallestUnitMg(increment);
                    for (var i = 0; i < 200; i++)
                    {
                        var dose = Math.Round((decimal)random.NextDouble() * 300m, 3);
                        var rounded = DoseRounding.Round(dose, formulation, increment);

                        Assert.True(rounded.RoundingErrorMg <= unit / 2m, $"{drug.Name} {formulation.Code}: {dose} → {rounded.DoseMg} (unit {unit})");
                        Assert.True(rounded.DoseMg >= 0m);
                        checkedCount++;
                    }
                }
            }
        }

        Assert.True(checkedCount > 10_000);
    }
}
