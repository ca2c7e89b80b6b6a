using Lantern.Clinical.Instruments;
using Lantern.Clinical.Vitals;

namespace Lantern.Clinical.Tests;

public sealed class SourcesTests
{
    [Fact]
    public void SourceRegistry_EveryAttributeKey_NamesARefsEntry() =>
        Assert.Empty(SourceRegistry.UnknownKeys);

    [Fact]
    public void SourceRegistry_EverySource_IsUsedByAtLeastOneRule() =>
        Assert.All(Refs.All.Values, s => Assert.NotEmpty(SourceRegistry.RulesUsing(s.Key)));

    [Fact]
    public void Refs_EveryEntry_HasCitationSectionAndMatchingKey()
    {
        var fields = typeof(Refs).GetFields().Where(f => f.FieldType == typeof(Source)).ToArray();

        Assert.Equal(fields.Length, Refs.All.Count);
        Assert.All(fields, f =>
        {
            var source = (Source)f.GetValue(null)!;
            Assert.Equal(f.Name, source.Key);
            Assert.False(string.IsNullOrWhiteSpace(source.Citation));
            Assert.False(string.IsNullOrWhiteSpace(source.ReferenceSection));
            Assert.False(string.IsNullOrWhiteSpace(source.StatusLabel));
        });
    }

    /// <summary>Citations are what people read under "How we know this": no reference-file names, section signs or status keywords.</summary>
    [Fact]
    public void Refs_EveryCitation_ReadsWithoutInternalReferences()
    {
        string[] internalWords = ["clinical.md", "§", "open item", "go-live", "VERIFIED", "SECONDARY", "UNVERIFIED", "DERIVED", ".cs"];

        var leaks = Refs.All.Values
            .SelectMany(s => internalWords.Where(w => s.Citation.Contains(w, StringComparison.Ordinal)).Select(w => $"{s.Key}: {w}"))
            .ToArray();

        Assert.True(leaks.Length == 0, string.Join("; ", leaks));
    }

    [Fact]
    public void Source_Serialised_LeavesTheInternalReferenceOut()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Refs.Kroenke2001);

        Assert.DoesNotContain("clinical.md", json, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Source.ReferenceSection), json, StringComparison.Ordinal);
        Assert.Contains("Kroenke K", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesUsing_Kroenke2001_IncludesPhq9Bands() =>
        Assert.Contains("Phq9.SeverityFor", SourceRegistry.RulesUsing(nameof(Refs.Kroenke2001)));

    [Fact]
    public void RulesUsing_RemissionConvention_OnlyTheBaselineComparison() =>
        Assert.Equal(["Phq9.CompareWithBaseline"], SourceRegistry.RulesUsing(nameof(Refs.Phq9RemissionConvention)));

    [Fact]
    public void RulesUsing_Sanacora2017_NoBloodPressureRule() =>
        Assert.DoesNotContain(SourceRegistry.RulesUsing(nameof(Refs.Sanacora2017)), r => r.StartsWith(nameof(BloodPressure), StringComparison.Ordinal));

    [Fact]
    public void RulesUsing_CrisisSource_ListsDirectoryContacts() =>
        Assert.Contains("CrisisDirectory.GB: Samaritans", SourceRegistry.RulesUsing(nameof(Refs.Samaritans)));

    [Fact]
    public void BySource_CoversEverySource() =>
        Assert.Equal(Refs.All.Count, SourceRegistry.BySource().Count);

    [Fact]
    public void StatusCodes_AreStable() =>
        Assert.Equal(
            ["verified", "secondary", "convention-not-verified", "lantern-policy"],
            Enum.GetValues<EvidenceStatus>().Select(s => s.ToCode()));

    [Fact]
    public void Instruments_EveryDefinition_CitesSourcesWithStatus()
    {
        foreach (var d in new[] { Phq9.Definition, Gad7.Definition, Pcl5.Definition, WithdrawalChecklist.Definition })
        {
            Assert.NotEmpty(d.Sources);
            Assert.Equal(d.Items.Count, d.Items.Select(i => i.Number).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, d.Items.Count), d.Items.Select(i => i.Number));
        }
    }
}
