namespace Lantern.Clinical.Instruments;

/// <summary>One answer choice: the score it carries, its printed label, and its LOINC answer code when the reference gives one.</summary>
public sealed record AnswerOption(int Value, string Label, string? LoincAnswerCode = null);
