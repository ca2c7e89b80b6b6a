using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Tests.Tapering;

public sealed class DrugCatalogueTests
{
    [Theory]
    [InlineData("citalopram")]
    [InlineData("escitalopram")]
    [InlineData("fluoxetine")]
    [InlineData("paroxetine")]
    [InlineData("sertraline")]
    [InlineData("venlafaxine")]
    [InlineData("duloxetine")]
    [InlineData("desvenlafaxine")]
    [InlineData("vortioxetine")]
    public void Find_EachAntidepressantInIssue6_ListedWithFormulations(string name)
    {
        var drug = DrugCatalogue.Find(name)!;

        Assert.Equal(DrugClass.Antidepressant, drug.Class);
        Assert.NotEmpty(drug.Formulations);
    }

    [Fact]
    public void All_CoversEveryBenzodiazepineAndZDrugInTheEquivalenceTables() =>
        Assert.All(DiazepamEquivalents.AllAcceptedDrugs, name =>
        {
            var drug = DrugCatalogue.Find(name);
            Assert.NotNull(drug);
            Assert.True(drug.Class.UsesBenzodiazepineRules(), name);
        });

    [Theory]
    [InlineData("zopiclone", DrugClass.ZDrug)]
    [InlineData("zolpidem", DrugClass.ZDrug)]
    [InlineData("clonazepam", DrugClass.Benzodiazepine)]
    public void Find_ClassRecorded(string name, DrugClass drugClass) => Assert.Equal(drugClass, DrugCatalogue.Find(name)!.Class);

    [Theory]
    [InlineData(" Sertraline ")]
    [InlineData("SERTRALINE")]
    public void Find_TrimsAndCaseFolds(string name) => Assert.Equal("sertraline", DrugCatalogue.Find(name)!.Name);

    [Theory]
    [InlineData("zoloft")]
    [InlineData("sertralin")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_BrandOrMisspelling_NotGuessed(string? name) => Assert.Null(DrugCatalogue.Find(name));

    [Fact]
    public void All_EveryFormulationSourcedWithUrlAndStatus() =>
        Assert.All(DrugCatalogue.All.SelectMany(d => d.Formulations), f =>
        {
            Assert.NotEmpty(f.Sources);
            Assert.All(f.Sources, s =>
            {
                Assert.StartsWith("http", s.Url, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(s.Title));
                Assert.Contains(s.Status, new[] { EvidenceStatus.Verified, EvidenceStatus.Secondary });
            });
        });

    [Fact]
    public void All_FormulationsWellFormed()
    {
        foreach (var drug in DrugCatalogue.All)
        {
            Assert.Equal(drug.Formulations.Count, drug.FormulationCodes.Distinct().Count());
            foreach (var f in drug.Formulations)
            {
                if (f.IsLiquid)
                {
                    Assert.Empty(f.Strengths);
                    Assert.True(f.ConcentrationMgPerMl > 0m);
                }
                else
                {
                    Assert.NotEmpty(f.Strengths);
                    Assert.Null(f.ConcentrationMgPerMl);
                }

                Assert.Equal(f.Kind == FormulationKind.OralDrops, f.MgPerDrop is not null);
                if (f.Kind == FormulationKind.Capsule)
                {
                    Assert.All(f.Strengths, s => Assert.Equal(Splitting.WholeOnly, s.Splitting));
                }
            }
        }
    }

    [Theory]
    [InlineData("duloxetine", "delayed-release-capsules")]
    [InlineData("desvenlafaxine", "extended-release-tablets")]
    [InlineData("venlafaxine", "prolonged-release-tablets")]
    public void Find_ModifiedReleaseForms_NeverSplit(string drug, string code) =>
        Assert.All(DrugCatalogue.Find(drug)!.Formulations.Single(f => f.Code == code).Strengths, s => Assert.Equal(Splitting.WholeOnly, s.Splitting));

    [Fact]
    public void Find_CitalopramTablets_OnlySourcedScoredStrengthsSplit()
    {
        var tablets = DrugCatalogue.Find("citalopram")!.Formulations.Single(f => f.Code == "tablets");

        Assert.Equal(Splitting.WholeOnly, tablets.Strengths.Single(s => s.Mg == 10m).Splitting);
        Assert.All(tablets.Strengths.Where(s => s.Mg > 10m), s => Assert.Equal(Splitting.Halves, s.Splitting));
    }

    [Fact]
    public void Find_CitalopramDrops_CarryBioavailabilityCaution()
    {
        var drops = DrugCatalogue.Find("citalopram")!.Formulations.Single(f => f.Kind == FormulationKind.OralDrops);

        Assert.Equal(40m, drops.ConcentrationMgPerMl);
        Assert.Equal(2m, drops.MgPerDrop);
        Assert.Contains("not mg-for-mg", drops.Caution, StringComparison.Ordinal);
    }

    [Fact]
    public void All_DrugsWithoutSourcedStrengths_SayToAskPharmacist() =>
        Assert.All(DrugCatalogue.All.Where(d => d.Formulations.Count == 0), d => Assert.Contains("pharmacist", d.Note, StringComparison.Ordinal));
}
