using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Tests.Tapering;

// Nothing UNVERIFIED in clinical.md (Maudsley step sizes, Ashton's numeric rate, a hold length, Horowitz & Taylor's
// own parameters) may drive a taper rule: pace comes from NICE NG222 / QS8 and ASAM 2025 (VERIFIED), occupancy
// numbers are labelled SECONDARY, and Lantern's own choices are labelled as such.
public sealed class TaperSourcesTests
{
    private static readonly string[] TaperRuleTypes =
        [nameof(TaperPlanner), nameof(BenzodiazepinePace), nameof(HoldRule), nameof(OccupancyModel), nameof(OccupancyParameterSets), nameof(DoseRounding), nameof(DrugCatalogue)];

    [Fact]
    public void TaperRules_OnlyVerifiedSecondaryOrLanternPolicySources()
    {
        var usages = SourceRegistry.Usages.Where(u => TaperRuleTypes.Any(t => u.Rule.StartsWith(t, StringComparison.Ordinal))).ToArray();

        Assert.NotEmpty(usages);
        Assert.All(usages, u => Assert.NotEqual(EvidenceStatus.ConventionNotVerified, u.Source.Status));
    }

    [Fact]
    public void PaceRules_CiteAsamAndNice()
    {
        Assert.Contains(nameof(BenzodiazepinePace), SourceRegistry.RulesUsing(nameof(Refs.Asam2025BenzodiazepineTaper)));
        Assert.Contains(nameof(TaperPlanner), SourceRegistry.RulesUsing(nameof(Refs.NiceNg222)));
        Assert.Contains(nameof(HoldRule), SourceRegistry.RulesUsing(nameof(Refs.NiceQs8)));
    }

    [Fact]
    public void OccupancyNumbers_OnlyFromTheSecondarySource() =>
        Assert.Equal(
            [nameof(OccupancyParameterSets)],
            SourceRegistry.RulesUsing(nameof(Refs.SorensenFitsViaThirdPartyCode)));

    [Fact]
    public void Refs_NoMaudsleyOrAshtonRateOrHoldLengthEntry() =>
        Assert.DoesNotContain(Refs.All.Keys, k =>
            k.Contains("Maudsley", StringComparison.OrdinalIgnoreCase)
            || k.Contains("AshtonRate", StringComparison.OrdinalIgnoreCase)
            || k.Contains("HoldLength", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Schedule_EverySourceStatusShownAndNoneUnlabelled()
    {
        var schedules = new[]
        {
            TaperPlanner.Plan(new TaperRequest { Drug = "citalopram", CurrentDoseMg = 20m, Method = "occupancy", StartDate = new(2026, 1, 1) }),
            TaperPlanner.Plan(new TaperRequest { Drug = "diazepam", CurrentDoseMg = 20m, StartDate = new(2026, 1, 1), FinalDoseMg = 10m, TargetDate = new(2026, 3, 1) }),
            TaperPlanner.Plan(new TaperRequest { Drug = "sertraline", CurrentDoseMg = 50m, StartDate = new(2026, 1, 1), Formulation = "tablets" }),
        };

        Assert.All(schedules.SelectMany(s => s.Sources.Concat(s.Warnings.SelectMany(w => w.Sources))), source =>
        {
            Assert.NotEqual(EvidenceStatus.ConventionNotVerified, source.Status);
            Assert.False(string.IsNullOrWhiteSpace(source.StatusLabel));
            Assert.True(Refs.All.ContainsKey(source.Key));
        });
    }
}
