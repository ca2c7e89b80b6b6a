using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Tapering;

// Figures: clinical.md §2.1 (ASAM 2025 Table 7 columns; NHS Scotland per 5 mg; WHO 2009 worked example).
public sealed class DiazepamEquivalentsTests
{
    // Each row typed in from the reference: converting the printed dose must give the printed diazepam dose.
    public static TheoryData<string, decimal, decimal> AshtonColumn => new()
    {
        { "alprazolam", 0.5m, 10m },
        { "chlordiazepoxide", 25m, 10m },
        { "clonazepam", 0.5m, 10m },
        { "clorazepate", 15m, 10m },
        { "diazepam", 10m, 10m },
        { "lorazepam", 1m, 10m },
        { "oxazepam", 20m, 10m },
        { "quazepam", 20m, 10m },
        { "temazepam", 20m, 10m },
        { "triazolam", 0.5m, 10m },
    };

    public static TheoryData<string, decimal, decimal> VaDodColumn => new()
    {
        { "alprazolam", 1m, 10m },
        { "chlordiazepoxide", 25m, 10m },
        { "clonazepam", 1m, 10m },
        { "clorazepate", 15m, 10m },
        { "diazepam", 10m, 10m },
        { "estazolam", 1m, 10m },
        { "flurazepam", 15m, 10m },
        { "lorazepam", 2m, 10m },
        { "oxazepam", 30m, 10m },
        { "quazepam", 10m, 10m },
        { "temazepam", 15m, 10m },
        { "triazolam", 0.25m, 10m },
    };

    public static TheoryData<string, decimal, decimal> NhsScotlandTable => new()
    {
        { "chlordiazepoxide", 12.5m, 5m },
        { "clobazam", 10m, 5m },
        { "clonazepam", 0.25m, 5m },
        { "diazepam", 5m, 5m },
        { "lorazepam", 0.5m, 5m },
        { "nitrazepam", 5m, 5m },
        { "oxazepam", 10m, 5m },
        { "temazepam", 10m, 5m },
        { "zolpidem", 10m, 5m },
        { "zopiclone", 7.5m, 5m },
    };

    [Theory]
    [MemberData(nameof(AshtonColumn))]
    public void Convert_AshtonPrintedDose_GivesPrintedDiazepam(string drug, decimal dose, decimal diazepam) =>
        AssertExact(DiazepamEquivalents.Convert(drug, dose, BenzodiazepineTable.Ashton), diazepam, BenzodiazepineTable.Ashton);

    [Theory]
    [MemberData(nameof(VaDodColumn))]
    public void Convert_VaDodPrintedDose_GivesPrintedDiazepam(string drug, decimal dose, decimal diazepam) =>
        AssertExact(DiazepamEquivalents.Convert(drug, dose, BenzodiazepineTable.VaDod), diazepam, BenzodiazepineTable.VaDod);

    [Theory]
    [MemberData(nameof(NhsScotlandTable))]
    public void Convert_NhsScotlandPrintedDose_GivesPrintedDiazepam(string drug, decimal dose, decimal diazepam) =>
        AssertExact(DiazepamEquivalents.Convert(drug, dose, BenzodiazepineTable.NhsScotland), diazepam, BenzodiazepineTable.NhsScotland);

    [Theory]
    [InlineData("estazolam", 1, 5, 10)]    // Ashton 1–2 mg ≈ 10 mg
    [InlineData("estazolam", 2, 10, 20)]
    [InlineData("flurazepam", 30, 10, 20)] // Ashton 15–30 mg ≈ 10 mg
    public void Convert_AshtonRangeRow_GivesRange(string drug, int dose, int low, int high)
    {
        var result = DiazepamEquivalents.Convert(drug, dose, BenzodiazepineTable.Ashton);

        Assert.Equal(new DoseRange(low, high), result.DiazepamMg);
        Assert.False(result.DiazepamMg.IsExact);
    }

    [Theory]
    [InlineData("loprazolam")]   // NHS Scotland 0.5–1 mg ≈ 5 mg
    [InlineData("lormetazepam")]
    public void Convert_NhsScotlandRangeRow_OneMgGives5To10(string drug) =>
        Assert.Equal(new DoseRange(5m, 10m), DiazepamEquivalents.Convert(drug, 1m, BenzodiazepineTable.NhsScotland).DiazepamMg);

    [Fact]
    public void Convert_WhoExampleLorazepam4mg_Gives40mgDiazepam() =>
        AssertExact(DiazepamEquivalents.Convert("lorazepam", 4m), 40m, BenzodiazepineTable.Ashton);

    [Fact]
    public void Convert_WhoExampleTemazepam60mg_Gives30mgDiazepam() =>
        AssertExact(DiazepamEquivalents.Convert("temazepam", 60m), 30m, BenzodiazepineTable.Ashton);

    [Theory]
    [InlineData("alprazolam", 2, BenzodiazepineTable.Ashton, 40)]
    [InlineData("alprazolam", 2, BenzodiazepineTable.VaDod, 20)]
    [InlineData("clonazepam", 1, BenzodiazepineTable.Ashton, 20)]
    [InlineData("oxazepam", 30, BenzodiazepineTable.Ashton, 15)]
    public void Convert_DerivedReferenceVector_Matches(string drug, int dose, BenzodiazepineTable table, int diazepam) =>
        AssertExact(DiazepamEquivalents.Convert(drug, dose, table), diazepam, table);

    [Fact]
    public void Convert_SameDrugDifferentTables_NeverBlendedAndTableNamed()
    {
        var ashton = DiazepamEquivalents.Convert("lorazepam", 4m, BenzodiazepineTable.Ashton);
        var vaDod = DiazepamEquivalents.Convert("lorazepam", 4m, BenzodiazepineTable.VaDod);

        Assert.Equal(40m, ashton.DiazepamMg.Low);
        Assert.Equal(20m, vaDod.DiazepamMg.Low);
        Assert.Equal("ashton", ashton.TableCode);
        Assert.Equal("va-dod", vaDod.TableCode);
        Assert.Equal(Refs.AshtonViaAsam2025, ashton.Source);
        Assert.Equal(Refs.VaDodViaAsam2025, vaDod.Source);
    }

    [Fact]
    public void Convert_DefaultTableWithZDrug_UsesNhsScotlandAndSaysSo()
    {
        var result = DiazepamEquivalents.Convert("zopiclone", 7.5m);

        Assert.Equal(BenzodiazepineTable.NhsScotland, result.Table);
        Assert.Equal(5m, result.DiazepamMg.Low);
        Assert.NotNull(result.Note);
        Assert.Contains("NHS Scotland", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_DefaultTableWithAshtonDrug_NoNote() =>
        Assert.Null(DiazepamEquivalents.Convert("lorazepam", 1m).Note);

    [Fact]
    public void Convert_ChosenTableLacksDrug_ErrorListsThatTablesNamesAndWhereDrugIs()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => DiazepamEquivalents.Convert("zolpidem", 10m, BenzodiazepineTable.VaDod));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("drug", error.Field);
        Assert.Equal(DiazepamEquivalents.AcceptedDrugs(BenzodiazepineTable.VaDod), error.Accepted);
        Assert.Contains("nhs-scotland", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_UnknownDrug_ErrorListsEveryAcceptedName()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => DiazepamEquivalents.Convert("xanax", 1m));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("drug", error.Field);
        Assert.NotNull(error.Accepted);
        Assert.Contains("alprazolam", error.Accepted);
        Assert.Contains("zopiclone", error.Accepted);
        Assert.Contains("alprazolam", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  Lorazepam ")]
    [InlineData("LORAZEPAM")]
    public void Convert_NameWithCaseOrSpaces_Accepted(string name) =>
        Assert.Equal("lorazepam", DiazepamEquivalents.Convert(name, 1m).Drug);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000.01)]
    public void Convert_ImplausibleDose_RejectedNamingDose(double dose) =>
        Assert.Equal("dailyDoseMg", Assert.Throws<ClinicalInputException>(() => DiazepamEquivalents.Convert("lorazepam", (decimal)dose)).Field);

    [Fact]
    public void Total_MixedTables_SumsAndReportsEachTable()
    {
        var total = DiazepamEquivalents.Total([new("lorazepam", 1m), new("zopiclone", 7.5m)]);

        Assert.Equal(DoseRange.Exactly(15m), total.TotalMg);
        Assert.True(total.UsesMoreThanOneTable);
        Assert.Equal([BenzodiazepineTable.Ashton, BenzodiazepineTable.NhsScotland], total.Items.Select(i => i.Table));
    }

    [Fact]
    public void Total_BadItem_NamesIndexedField()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => DiazepamEquivalents.Total([new("lorazepam", 1m), new("unknownium", 0m)]));

        Assert.Equal(["benzodiazepines[1].drug", "benzodiazepines[1].dailyDoseMg"], ex.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("ashton", BenzodiazepineTable.Ashton)]
    [InlineData("va-dod", BenzodiazepineTable.VaDod)]
    [InlineData("VA/DoD", BenzodiazepineTable.VaDod)]
    [InlineData("nhs-scotland", BenzodiazepineTable.NhsScotland)]
    public void ParseTable_KnownCode_Parsed(string code, BenzodiazepineTable table) =>
        Assert.Equal(table, BenzodiazepineTables.Parse(code));

    [Fact]
    public void ParseTable_UnknownCode_ErrorListsCodes()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => BenzodiazepineTables.Parse("medscape"));

        Assert.Equal("table", ex.Field);
        Assert.Equal(["ashton", "va-dod", "nhs-scotland"], ex.Errors[0].Accepted);
    }

    [Fact]
    public void ParseTable_Blank_MeansNotChosen() => Assert.Null(BenzodiazepineTables.Parse(" "));

    [Fact]
    public void Rows_EveryTable_HasExpectedSizeAndNoDuplicates()
    {
        Assert.Equal(12, DiazepamEquivalents.Rows(BenzodiazepineTable.Ashton).Count);
        Assert.Equal(12, DiazepamEquivalents.Rows(BenzodiazepineTable.VaDod).Count);
        Assert.Equal(12, DiazepamEquivalents.Rows(BenzodiazepineTable.NhsScotland).Count);
        foreach (var table in Enum.GetValues<BenzodiazepineTable>())
        {
            var rows = DiazepamEquivalents.Rows(table);
            Assert.Equal(rows.Count, rows.Select(r => r.Drug).Distinct().Count());
            Assert.All(rows, r => Assert.Equal(table, r.Table));
        }
    }

    [Fact]
    public void Convert_AnyRowRandomDose_PositiveOrderedAndProportional()
    {
        var random = new Random(7);
        foreach (var table in Enum.GetValues<BenzodiazepineTable>())
        {
            foreach (var row in DiazepamEquivalents.Rows(table))
            {
                for (var n = 0; n < 50; n++)
                {
                    var dose = Math.Round((decimal)(random.NextDouble() * 200) + 0.25m, 2);
                    var result = DiazepamEquivalents.Convert(row.Drug, dose, table);
                    Assert.True(result.DiazepamMg.Low > 0m);
                    Assert.True(result.DiazepamMg.Low <= result.DiazepamMg.High);

                    // Within rounding of dose × reference ÷ printed dose, at both ends of the row.
                    Assert.True(Math.Abs(result.DiazepamMg.High - (dose * row.DiazepamReferenceMg / row.DoseLowMg)) <= 0.005m);
                    Assert.True(Math.Abs(result.DiazepamMg.Low - (dose * row.DiazepamReferenceMg / row.DoseHighMg)) <= 0.005m);
                }
            }
        }
    }

    private static void AssertExact(DiazepamEquivalentResult result, decimal expected, BenzodiazepineTable table)
    {
        Assert.Equal(DoseRange.Exactly(expected), result.DiazepamMg);
        Assert.Equal(table, result.Table);
        Assert.False(string.IsNullOrWhiteSpace(result.Caution));
    }
}
