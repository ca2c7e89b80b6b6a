using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Tapering;
using Lantern.Clinical.Vitals;

namespace Lantern.Clinical.Screening;

/// <summary>The outcome of suitability screening with every reason and its source. Never a diagnosis.</summary>
/// <param name="Summary">One plain sentence about the outcome.</param>
/// <param name="ProviderDecides">Always shown: a provider decides.</param>
/// <param name="Flags">Red flags raised by the answers (e.g. PHQ-9 item 9, an urgent blood pressure).</param>
public sealed record SuitabilityResult(
    SuitabilityOutcome Outcome,
    string Summary,
    string ProviderDecides,
    IReadOnlyList<ScreeningReason> Reasons,
    IReadOnlyList<RedFlag> Flags,
    Phq9Result? Phq9,
    Gad7Result? Gad7,
    DiazepamEquivalentTotal? Benzodiazepines,
    BloodPressureCategory? RecentBloodPressureCategory)
{
    public string OutcomeCode => Outcome.ToCode();
}
