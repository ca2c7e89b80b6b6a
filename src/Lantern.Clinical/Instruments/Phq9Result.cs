using Lantern.Clinical.Safety;

namespace Lantern.Clinical.Instruments;

/// <summary>A scored PHQ-9.</summary>
/// <param name="Total">0-27.</param>
/// <param name="AtOrAboveScreeningCutOff">Total of 10 or more (Kroenke 2001: sensitivity and specificity 88% for major depression).</param>
/// <param name="Flags">Red flags raised by the answers (item 9 of 1 or more raises <c>self-harm-thoughts</c>).</param>
public sealed record Phq9Result(
    int Total,
    Phq9Severity Severity,
    bool AtOrAboveScreeningCutOff,
    IReadOnlyList<RedFlag> Flags,
    IReadOnlyList<Source> Sources)
{
    public const int MaxTotal = 27;

    public string SeverityCode => Severity.ToCode();

    public string SeverityLabel => Severity.ToLabel();
}
