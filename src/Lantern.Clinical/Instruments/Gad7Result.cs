namespace Lantern.Clinical.Instruments;

/// <summary>A scored GAD-7.</summary>
/// <param name="Total">0-21.</param>
public sealed record Gad7Result(int Total, Gad7Severity Severity, IReadOnlyList<Source> Sources)
{
    public const int MaxTotal = 21;

    public string SeverityCode => Severity.ToCode();

    public string SeverityLabel => Severity.ToLabel();
}
