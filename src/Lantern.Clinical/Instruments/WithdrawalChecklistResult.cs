using Lantern.Clinical.Safety;

namespace Lantern.Clinical.Instruments;

/// <summary>A completed withdrawal checklist. There are no score bands: the checklist is not a validated scale.</summary>
/// <param name="Total">Sum of ratings, 0-30, for tracking one person over time only.</param>
/// <param name="SymptomsPresent">Item numbers rated 1 or more.</param>
/// <param name="SymptomsRatedSevere">Item numbers rated 3.</param>
/// <param name="SymptomsTolerable">The person's own answer; null only when no symptom was rated.</param>
/// <param name="HoldNextReduction">True when symptoms are not tolerable: do not make the next reduction yet (NICE NG222 1.4.17, QS8).</param>
public sealed record WithdrawalChecklistResult(
    int Total,
    IReadOnlyList<int> SymptomsPresent,
    IReadOnlyList<int> SymptomsRatedSevere,
    bool? SymptomsTolerable,
    bool HoldNextReduction,
    IReadOnlyList<RedFlag> Flags,
    string Notice,
    IReadOnlyList<Source> Sources)
{
    public const int MaxTotal = 30;
}
