namespace Lantern.Clinical.Instruments;

/// <summary>
/// Everything a form or a FHIR export needs to present an instrument: wording, answer choices, score range,
/// codes, and where each part comes from. Scoring lives on the instrument's static class.
/// </summary>
/// <param name="Code">Stable id used in URLs and JSON, e.g. <c>phq9</c>.</param>
/// <param name="Stem">The question that introduces the items, as printed.</param>
/// <param name="IsValidatedScale">False for Lantern's own checklists; the UI must say so.</param>
/// <param name="Notice">What the result is and is not (e.g. "a screen, not a diagnosis").</param>
/// <param name="Sources">Wording, scoring and licence sources; each carries its status.</param>
public sealed record InstrumentDefinition(
    string Code,
    string Name,
    string Stem,
    IReadOnlyList<QuestionnaireItem> Items,
    IReadOnlyList<AnswerOption> AnswerOptions,
    int MinTotal,
    int MaxTotal,
    string? LoincPanelCode,
    string? LoincTotalCode,
    bool IsValidatedScale,
    string Notice,
    IReadOnlyList<Source> Sources);
