using Lantern.Clinical.Opioids;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Opioids;

// Figures: clinical.md §5 (CDC 2022 table and worked examples; DERIVED vectors = dose × factor).
public sealed class MorphineEquivalentsTests
{
    public static TheoryData<string, decimal, decimal> ReferenceVectors => new()
    {
        { "hydrocodone", 20m, 20m },    // CDC example: hydrocodone 5 mg QID
        { "oxycodone", 20m, 30m },      // CDC example: oxycodone ER 10 mg BID
        { "fentanyl-patch", 25m, 60m },
        { "fentanyl-patch", 75m, 180m },
        { "methadone", 10m, 47m },
        { "tramadol", 200m, 40m },
        { "tapentadol", 200m, 80m },
        { "hydromorphone", 8m, 40m },
        { "codeine", 240m, 36m },
        { "oxymorphone", 20m, 60m },
        { "morphine", 30m, 30m },
    };

    [Theory]
    [MemberData(nameof(ReferenceVectors))]
    public void Calculate_SingleOpioid_MatchesReferenceVector(string opioid, decimal dose, decimal mme)
    {
        var result = MorphineEquivalents.Calculate([new(opioid, dose)]);

        Assert.Equal(mme, result.TotalMme);
        Assert.Equal(mme, Assert.Single(result.Items).Mme);
    }

    public static TheoryData<string, decimal, string> Factors => new()
    {
        { "codeine", 0.15m, "mg/day" },
        { "fentanyl-patch", 2.4m, "mcg/h" },
        { "hydrocodone", 1.0m, "mg/day" },
        { "hydromorphone", 5.0m, "mg/day" },
        { "methadone", 4.7m, "mg/day" },
        { "morphine", 1.0m, "mg/day" },
        { "oxycodone", 1.5m, "mg/day" },
        { "oxymorphone", 3.0m, "mg/day" },
        { "tapentadol", 0.4m, "mg/day" },
        { "tramadol", 0.2m, "mg/day" },
    };

    [Theory]
    [MemberData(nameof(Factors))]
    public void Calculate_OneUnitOfEachOpioid_GivesCdc2022FactorAndUnit(string opioid, decimal factor, string unit)
    {
        var item = Assert.Single(MorphineEquivalents.Calculate([new(opioid, 1m)]).Items);

        Assert.Equal(factor, item.Factor);
        Assert.Equal(factor, item.Mme);
        Assert.Equal(unit, item.Unit);
    }

    [Fact]
    public void Factors_Table_HasExactlyTheTenCdcRows() =>
        Assert.Equal(10, MorphineEquivalents.Factors.Count);

    [Fact]
    public void Calculate_OxycodoneAndHydromorphone_SumsTo65()
    {
        var result = MorphineEquivalents.Calculate([new("oxycodone", 30m), new("hydromorphone", 4m)]);

        Assert.Equal(65m, result.TotalMme);
        Assert.Equal([45m, 20m], result.Items.Select(i => i.Mme));
        Assert.Single(result.Flags);
    }

    [Theory]
    [InlineData(49.9, new string[0])]
    [InlineData(50, new[] { "mme-50-or-more" })]
    [InlineData(89.9, new[] { "mme-50-or-more" })]
    [InlineData(90, new[] { "mme-50-or-more", "mme-90-or-more" })]
    public void FlagsFor_ThresholdEdges_AtOrAboveComparisons(double total, string[] codes)
    {
        var flags = MorphineEquivalents.FlagsFor((decimal)total);

        Assert.Equal(codes, flags.Select(f => f.Code));
        Assert.All(flags, f => Assert.Equal(EvidenceStatus.Secondary, f.Status));
    }

    [Fact]
    public void Calculate_MorphineAt90_RaisesBothFlagsLabelledSecondary()
    {
        var result = MorphineEquivalents.Calculate([new("morphine", 90m)]);

        Assert.Equal([50, 90], result.Flags.Select(f => f.ThresholdMme));
        Assert.All(result.Flags, f => Assert.Contains("2022 guideline sets no hard limit", f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_Always_CarriesCdcCautionAgainstConverting()
    {
        var result = MorphineEquivalents.Calculate([new("codeine", 10m)]);

        Assert.Contains("Do not use it to convert one opioid to another", result.Caution, StringComparison.Ordinal);
        Assert.Equal(EvidenceStatus.Verified, result.Sources[0].Status);
    }

    [Theory]
    [InlineData("methadone")]
    [InlineData("fentanyl-patch")]
    public void Calculate_MethadoneOrFentanyl_ItemCarriesExtraCaution(string opioid) =>
        Assert.NotNull(Assert.Single(MorphineEquivalents.Calculate([new(opioid, 10m)]).Items).Caution);

    [Fact]
    public void Calculate_PlainFentanyl_RejectedAskingForPatchInMcgPerHour()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => MorphineEquivalents.Calculate([new("fentanyl", 25m)]));

        Assert.Equal("items[0].opioid", ex.Field);
        Assert.Contains("mcg/h", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fentanyl-patch", "mg/day")]
    [InlineData("fentanyl-patch", "mg")]
    [InlineData("oxycodone", "mcg/h")]
    [InlineData("oxycodone", "kg")]
    public void Calculate_UnitNotMatchingOpioid_RejectedNamingUnit(string opioid, string unit)
    {
        var ex = Assert.Throws<ClinicalInputException>(() => MorphineEquivalents.Calculate([new(opioid, 25m, unit)]));

        Assert.Equal("items[0].unit", ex.Field);
    }

    [Theory]
    [InlineData("fentanyl-patch", "mcg/hr")]
    [InlineData("Fentanyl transdermal", "mcg/h")]
    [InlineData("oxycodone", "mg/day")]
    public void Calculate_UnitMatchingOpioid_Accepted(string opioid, string unit) =>
        Assert.Single(MorphineEquivalents.Calculate([new(opioid, 25m, unit)]).Items);

    [Fact]
    public void Calculate_UnknownOpioid_ErrorListsAcceptedNames()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => MorphineEquivalents.Calculate([new("oxycodone", 10m), new("heroin", 10m)]));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("items[1].opioid", error.Field);
        Assert.Equal(MorphineEquivalents.AcceptedOpioids, error.Accepted);
    }

    [Fact]
    public void Calculate_NoItems_Rejected()
    {
        Assert.Equal("items", Assert.Throws<ClinicalInputException>(() => MorphineEquivalents.Calculate([])).Field);
        Assert.Equal("items", Assert.Throws<ClinicalInputException>(() => MorphineEquivalents.Calculate(null)).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10000.5)]
    public void Calculate_ImplausibleDose_RejectedNamingDose(double dose) =>
        Assert.Equal("items[0].dailyDose", Assert.Throws<ClinicalInputException>(() => MorphineEquivalents.Calculate([new("morphine", (decimal)dose)])).Field);

    [Fact]
    public void Calculate_RandomRegimens_TotalIsSumOfItemsAndFlagsMatchTotal()
    {
        var random = new Random(42);
        for (var n = 0; n < 2_000; n++)
        {
            var items = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => new OpioidDose(
                    MorphineEquivalents.AcceptedOpioids[random.Next(MorphineEquivalents.AcceptedOpioids.Count)],
                    random.Next(1, 400)))
                .ToArray();

            var result = MorphineEquivalents.Calculate(items);

            Assert.Equal(result.Items.Sum(i => i.Mme), result.TotalMme);
            Assert.True(result.TotalMme > 0m);
            Assert.Equal(result.TotalMme >= 50m, result.Flags.Any(f => f.ThresholdMme == 50));
            Assert.Equal(result.TotalMme >= 90m, result.Flags.Any(f => f.ThresholdMme == 90));
        }
    }
}
