using Lantern.Clinical.Safety;

namespace Lantern.Clinical.Vitals;

/// <summary>A dosing-day reading: its ACC/AHA category, what it means for today's dose, and the thresholds used.</summary>
/// <param name="Flag">The red flag raised, if any (<c>bp-urgent</c> or <c>bp-check-before-dosing</c>).</param>
/// <param name="SourceNote">Honest label: the defaults are general hypertension categories, not a ketamine-specific cut-off.</param>
public sealed record BloodPressureAssessment(
    int Systolic,
    int Diastolic,
    BloodPressureCategory Category,
    DosingDayAdvice Advice,
    string Message,
    BloodPressureThresholds Thresholds,
    RedFlag? Flag,
    string SourceNote,
    IReadOnlyList<Source> Sources)
{
    public string CategoryCode => Category.ToCode();

    public string AdviceCode => Advice.ToCode();
}
