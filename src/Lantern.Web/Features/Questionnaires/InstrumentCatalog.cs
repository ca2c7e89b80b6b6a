using Lantern.Clinical;
using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>A score band as a range of totals, read off the clinical library's own band function.</summary>
[SharedWithOtherFeatures]
public sealed record BandRange(string Code, string Label, int Low, int High)
{
    public string Range => Low == High ? $"{Low}" : $"{Low}–{High}";
}

/// <summary>A scored questionnaire with its band explained in plain words.</summary>
public sealed record ScoredQuestionnaire(
    InstrumentDefinition Definition,
    int Total,
    BandRange Band,
    string Meaning,
    IReadOnlyList<RedFlag> Flags,
    IReadOnlyList<Source> Sources);

/// <summary>
/// The questionnaires a patient can answer and how each is scored. All wording, scoring, bands and cut-points come
/// from Lantern.Clinical; this class only arranges them for the web (bands are found by asking the library for the
/// band of every possible total, so no threshold is written down twice).
/// </summary>
[SharedWithOtherFeatures]
public static class InstrumentCatalog
{
    public static IReadOnlyList<InstrumentDefinition> All { get; } = [Phq9.Definition, Gad7.Definition, Pcl5.Definition];

    public static InstrumentDefinition? Find(string? code) =>
        All.FirstOrDefault(d => string.Equals(d.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The instrument named in a route; an unknown name is 404, like any other missing thing.</summary>
    public static InstrumentDefinition Require(string? code) => Find(code) ?? throw new RecordNotFoundException();

    public static string ShortName(string code) => code switch
    {
        "phq9" => "PHQ-9",
        "gad7" => "GAD-7",
        "pcl5" => "PCL-5",
        _ => code,
    };

    private static readonly Dictionary<string, IReadOnlyList<BandRange>> BandCache = new()
    {
        ["phq9"] = ScanBands("phq9"),
        ["gad7"] = ScanBands("gad7"),
        ["pcl5"] = ScanBands("pcl5"),
    };

    public static IReadOnlyList<BandRange> Bands(string code) =>
        BandCache.TryGetValue(code, out var bands) ? bands : throw new RecordNotFoundException();

    private static List<BandRange> ScanBands(string code) => code switch
    {
        "phq9" => Scan(Phq9.Definition, t => { var s = Phq9.SeverityFor(t); return (s.ToCode(), s.ToLabel()); }),
        "gad7" => Scan(Gad7.Definition, t => { var s = Gad7.SeverityFor(t); return (s.ToCode(), s.ToLabel()); }),
        "pcl5" => Scan(Pcl5.Definition, t => Pcl5Band(t >= Pcl5.DefaultCutPoint)),
        _ => throw new RecordNotFoundException(),
    };

    /// <summary>Scores answers, or throws the library's input error naming the item (<c>answers[3]</c>).</summary>
    public static ScoredQuestionnaire Score(InstrumentDefinition definition, IReadOnlyList<int>? answers) => definition.Code switch
    {
        "phq9" => FromPhq9(Phq9.Score(answers)),
        "gad7" => FromGad7(Gad7.Score(answers)),
        "pcl5" => FromPcl5(Pcl5.Score(answers)),
        _ => throw new RecordNotFoundException(),
    };

    private static ScoredQuestionnaire FromPhq9(Phq9Result result)
    {
        var band = BandOf("phq9", result.Total);
        var meaning = BandSentence(Phq9.Definition, result.Total, band, Bands("phq9"));
        if (result.AtOrAboveScreeningCutOff)
        {
            meaning += $" A total of {Phq9.ScreeningCutOff} or more is the point at which the PHQ-9's authors found it best at "
                + "picking out major depression, so it is worth talking over with your provider.";
        }

        return new ScoredQuestionnaire(Phq9.Definition, result.Total, band, meaning + " " + Phq9.Definition.Notice, result.Flags, result.Sources);
    }

    private static ScoredQuestionnaire FromGad7(Gad7Result result)
    {
        var band = BandOf("gad7", result.Total);
        var meaning = BandSentence(Gad7.Definition, result.Total, band, Bands("gad7"));
        return new ScoredQuestionnaire(Gad7.Definition, result.Total, band, meaning + " " + Gad7.Definition.Notice, [], result.Sources);
    }

    private static ScoredQuestionnaire FromPcl5(Pcl5Result result)
    {
        var (code, label) = Pcl5Band(result.PositiveScreen);
        var band = Bands("pcl5").Single(b => b.Code == code);
        var meaning = $"Your total is {result.Total} out of {Pcl5.Definition.MaxTotal}. "
            + (result.PositiveScreen ? "That is at or above" : "That is below")
            + $" the cut-point of {result.CutPoint} that Lantern uses (current guidance suggests {Pcl5.MinCutPoint} to {Pcl5.MaxCutPoint}). "
            + (result.Dsm5RuleMet
                ? "Your answers also fit the provisional DSM-5 symptom pattern the checklist's scoring guide describes. "
                : "Your answers do not fit the provisional DSM-5 symptom pattern the checklist's scoring guide describes. ")
            + result.Notice;
        return new ScoredQuestionnaire(Pcl5.Definition, result.Total, band with { Label = label }, meaning, [], result.Sources);
    }

    private static (string Code, string Label) Pcl5Band(bool atOrAbove) =>
        atOrAbove ? ("at-or-above-cut-point", "At or above the cut-point") : ("below-cut-point", "Below the cut-point");

    public static BandRange BandOf(string code, int total) => Bands(code).Single(b => total >= b.Low && total <= b.High);

    private static string BandSentence(InstrumentDefinition definition, int total, BandRange band, IReadOnlyList<BandRange> bands) =>
        $"Your total is {total} out of {definition.MaxTotal}, in the {band.Label.ToLowerInvariant()} band ({band.Range}). "
        + $"The {ShortName(definition.Code)} sorts totals into {bands.Count} bands, from {bands[0].Label.ToLowerInvariant()} "
        + $"({bands[0].Range}) to {bands[^1].Label.ToLowerInvariant()} ({bands[^1].Range}).";

    private static List<BandRange> Scan(InstrumentDefinition definition, Func<int, (string Code, string Label)> bandOf)
    {
        var bands = new List<BandRange>();
        for (var total = definition.MinTotal; total <= definition.MaxTotal; total++)
        {
            var (code, label) = bandOf(total);
            if (bands.Count > 0 && bands[^1].Code == code)
            {
                bands[^1] = bands[^1] with { High = total };
            }
            else
            {
                bands.Add(new BandRange(code, label, total, total));
            }
        }

        return bands;
    }
}
