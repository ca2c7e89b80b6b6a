
namespace Lantern.Web.Features.Pain;

/// <summary>One local day: the MME from the log (0 when nothing in it covers the day) and the check-in's pain score, if any.</summary>
/// <param name="Flags">Codes of the reference levels the day's total reaches (<c>mme-50-or-more</c>, <c>mme-90-or-more</c>).</param>
public sealed record PainDayResponse(DateOnly Date, decimal Mme, int? Pain, IReadOnlyList<string> Flags);

/// <summary>A reference level drawn on the chart, with the evidence status of the source that names it.</summary>
public sealed record MmeReferenceLineResponse(string Code, int Mme, string Label, string Text, string Status, string StatusLabel, SourceResponse Source);

/// <summary>MME per day and pain per day for a range of local days, with the words that go with them.</summary>
/// <param name="PainShared">False when the caller may read this patient's opioid log but not their check-ins: pain is then left out.</param>
/// <param name="Doses">Every logged opioid whose range overlaps the requested days.</param>
public sealed record PainSummaryResponse(
    DateOnly From,
    DateOnly To,
    DateOnly Today,
    IReadOnlyList<PainDayResponse> Days,
    IReadOnlyList<OpioidDoseResponse> Doses,
    IReadOnlyList<MmeReferenceLineResponse> ReferenceLines,
    bool PainShared,
    string MmeSummary,
    string PainSummary,
    string Guidance,
    string Caution,
    IReadOnlyList<SourceResponse> Sources);
