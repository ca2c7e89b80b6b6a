using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Vitals;

/// <summary>
/// Dosing-day thresholds for one person. "Check" uses ≥ (as ACC/AHA stage 2 does); "urgent" uses &gt; (as the
/// hypertensive-crisis band does). Create overrides through <see cref="ForClinicianOverride"/>, which refuses any
/// urgent threshold laxer than the hypertensive-crisis band: a clinician may tighten it, never loosen it.
/// </summary>
public sealed record BloodPressureThresholds
{
    /// <summary>Source: Whelton2017AccAha: stage 2 starts at systolic 140 or diastolic 90.</summary>
    public const int Stage2SystolicAtOrAbove = 140;

    public const int Stage2DiastolicAtOrAbove = 90;

    /// <summary>Source: Whelton2017AccAha: hypertensive crisis is systolic over 180 and/or diastolic over 120.</summary>
    public const int CrisisSystolicAbove = 180;

    public const int CrisisDiastolicAbove = 120;

    private BloodPressureThresholds(
        int checkSystolicAtOrAbove, int checkDiastolicAtOrAbove, int urgentSystolicAbove, int urgentDiastolicAbove,
        ThresholdOrigin origin, string? setBy)
    {
        CheckSystolicAtOrAbove = checkSystolicAtOrAbove;
        CheckDiastolicAtOrAbove = checkDiastolicAtOrAbove;
        UrgentSystolicAbove = urgentSystolicAbove;
        UrgentDiastolicAbove = urgentDiastolicAbove;
        Origin = origin;
        SetBy = setBy;
    }

    public int CheckSystolicAtOrAbove { get; }

    public int CheckDiastolicAtOrAbove { get; }

    public int UrgentSystolicAbove { get; }

    public int UrgentDiastolicAbove { get; }

    public ThresholdOrigin Origin { get; }

    /// <summary>Who set an override (name or role), for display; null for defaults.</summary>
    public string? SetBy { get; }

    /// <summary>The ACC/AHA 2017 defaults: check at ≥ 140/90 (stage 2), urgent above 180/120 (crisis).</summary>
    [Source(nameof(Refs.Whelton2017AccAha))]
    [Source(nameof(Refs.Yip2022))]
    public static BloodPressureThresholds AccAha2017Default { get; } = new(
        Stage2SystolicAtOrAbove, Stage2DiastolicAtOrAbove, CrisisSystolicAbove, CrisisDiastolicAbove,
        ThresholdOrigin.AccAha2017Default, null);

    /// <summary>Every problem with a proposed override; empty when it is acceptable.</summary>
    public static IReadOnlyList<InputError> Validate(
        int checkSystolicAtOrAbove, int checkDiastolicAtOrAbove, int urgentSystolicAbove, int urgentDiastolicAbove)
    {
        var errors = new List<InputError>();

        // Plausibility bounds catch typing slips; they are not clinical targets.
        CheckRange(checkSystolicAtOrAbove, 80, CrisisSystolicAbove, "checkSystolicAtOrAbove", errors);
        CheckRange(checkDiastolicAtOrAbove, 40, CrisisDiastolicAbove, "checkDiastolicAtOrAbove", errors);
        CheckRange(urgentSystolicAbove, 80, CrisisSystolicAbove, "urgentSystolicAbove", errors);
        CheckRange(urgentDiastolicAbove, 40, CrisisDiastolicAbove, "urgentDiastolicAbove", errors);

        if (checkSystolicAtOrAbove > urgentSystolicAbove)
        {
            errors.Add(new InputError("checkSystolicAtOrAbove", "The check level cannot be above the urgent level."));
        }

        if (checkDiastolicAtOrAbove > urgentDiastolicAbove)
        {
            errors.Add(new InputError("checkDiastolicAtOrAbove", "The check level cannot be above the urgent level."));
        }

        return errors;
    }

    /// <summary>Thresholds a clinician sets for one person. Urgent levels may not exceed 180/120 (the crisis band).</summary>
    /// <exception cref="ClinicalInputException">A value out of range, or check above urgent.</exception>
    [Source(nameof(Refs.Whelton2017AccAha))]
    public static BloodPressureThresholds ForClinicianOverride(
        int checkSystolicAtOrAbove, int checkDiastolicAtOrAbove, int urgentSystolicAbove, int urgentDiastolicAbove, string setBy)
    {
        var errors = new List<InputError>(Validate(checkSystolicAtOrAbove, checkDiastolicAtOrAbove, urgentSystolicAbove, urgentDiastolicAbove));
        if (string.IsNullOrWhiteSpace(setBy))
        {
            errors.Add(new InputError("setBy", "Say which clinician set these thresholds."));
        }

        InputErrors.ThrowIfAny(errors);
        return new BloodPressureThresholds(
            checkSystolicAtOrAbove, checkDiastolicAtOrAbove, urgentSystolicAbove, urgentDiastolicAbove,
            ThresholdOrigin.ClinicianOverride, setBy.Trim());
    }

    private static void CheckRange(int value, int min, int max, string field, List<InputError> errors)
    {
        if (value < min || value > max)
        {
            errors.Add(new InputError(field, $"Must be from {min} to {max} mmHg; the urgent band can be made stricter, never laxer, than 180/120."));
        }
    }
}
