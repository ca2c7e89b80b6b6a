using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Vitals;

/// <summary>
/// Blood-pressure classification (ACC/AHA 2017, clinical.md §8) and dosing-day advice. No ketamine-specific numeric
/// cut-off is verified (§4.1, §4.2: nothing here comes "from Sanacora" or the Spravato label), so the defaults follow
/// the hypertension guideline, as Yip 2022 argues, and a clinician can set other thresholds per person.
/// </summary>
[Source(nameof(Refs.Whelton2017AccAha))]
public static class BloodPressure
{
    // Plausibility limits catch typing slips (e.g. 1200); they are not clinical cut-offs.
    public const int MinSystolic = 40;
    public const int MaxSystolic = 300;
    public const int MinDiastolic = 20;
    public const int MaxDiastolic = 200;

    public const string DefaultsNote =
        "These levels come from the ACC/AHA 2017 high blood pressure guideline for adults, not from ketamine studies; "
            + "no ketamine-specific cut-off has been verified. Your clinician can set different levels for you.";

    public const string OverrideNote =
        "These levels were set for you by your clinician. The category shown is from the ACC/AHA 2017 guideline.";

    public static IReadOnlyList<InputError> Validate(int systolic, int diastolic) => Check(systolic, diastolic);

    /// <summary>
    /// ACC/AHA 2017 category. Normal &lt;120 and &lt;80; elevated 120-129 and &lt;80; stage 1 130-139 or 80-89;
    /// stage 2 ≥140 or ≥90; crisis &gt;180 and/or &gt;120. Either number alone can raise the category.
    /// </summary>
    /// <exception cref="ClinicalInputException">Implausible numbers, or systolic not above diastolic.</exception>
    [Source(nameof(Refs.Whelton2017AccAha))]
    public static BloodPressureCategory Classify(int systolic, int diastolic)
    {
        InputErrors.ThrowIfAny(Check(systolic, diastolic));

        if (systolic > BloodPressureThresholds.CrisisSystolicAbove || diastolic > BloodPressureThresholds.CrisisDiastolicAbove)
        {
            return BloodPressureCategory.HypertensiveCrisis;
        }

        if (systolic >= BloodPressureThresholds.Stage2SystolicAtOrAbove || diastolic >= BloodPressureThresholds.Stage2DiastolicAtOrAbove)
        {
            return BloodPressureCategory.Stage2Hypertension;
        }

        if (systolic >= 130 || diastolic >= 80)
        {
            return BloodPressureCategory.Stage1Hypertension;
        }

        return systolic >= 120 ? BloodPressureCategory.Elevated : BloodPressureCategory.Normal;
    }

    /// <summary>
    /// What a reading means for today's dose. With default thresholds: stage 2 → check with your provider before
    /// dosing; hypertensive crisis → urgent, seek care now. With a clinician's thresholds, those apply instead.
    /// </summary>
    [Source(nameof(Refs.Whelton2017AccAha))]
    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.Yip2022))]
    public static BloodPressureAssessment AssessForDosingDay(int systolic, int diastolic, BloodPressureThresholds? thresholds = null)
    {
        var category = Classify(systolic, diastolic);
        var t = thresholds ?? BloodPressureThresholds.AccAha2017Default;

        DosingDayAdvice advice;
        if (systolic > t.UrgentSystolicAbove || diastolic > t.UrgentDiastolicAbove)
        {
            advice = DosingDayAdvice.UrgentSeekCareNow;
        }
        else if (systolic >= t.CheckSystolicAtOrAbove || diastolic >= t.CheckDiastolicAtOrAbove)
        {
            advice = DosingDayAdvice.CheckWithProviderBeforeDosing;
        }
        else
        {
            advice = DosingDayAdvice.NoConcernFromThisReading;
        }

        var (message, flag) = advice switch
        {
            DosingDayAdvice.UrgentSeekCareNow => ("Urgent: seek care now. " + RedFlags.BloodPressureUrgent.WhatToDo, RedFlags.BloodPressureUrgent),
            DosingDayAdvice.CheckWithProviderBeforeDosing => ("Check with your provider before dosing. " + RedFlags.BloodPressureCheckBeforeDosing.WhatToDo, RedFlags.BloodPressureCheckBeforeDosing),
            DosingDayAdvice.NoConcernFromThisReading => ("This reading is below the level set for checking before a dose. Follow your plan as usual.", (RedFlag?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(thresholds), advice, null),
        };

        return new BloodPressureAssessment(
            systolic, diastolic, category, advice, message, t, flag,
            t.Origin == ThresholdOrigin.ClinicianOverride ? OverrideNote : DefaultsNote,
            [Refs.Whelton2017AccAha, Refs.SpravatoLabel, Refs.Yip2022]);
    }

    public static string ToCode(this BloodPressureCategory category) => category switch
    {
        BloodPressureCategory.Normal => "normal",
        BloodPressureCategory.Elevated => "elevated",
        BloodPressureCategory.Stage1Hypertension => "stage-1",
        BloodPressureCategory.Stage2Hypertension => "stage-2",
        BloodPressureCategory.HypertensiveCrisis => "hypertensive-crisis",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string ToLabel(this BloodPressureCategory category) => category switch
    {
        BloodPressureCategory.Normal => "Normal",
        BloodPressureCategory.Elevated => "Elevated",
        BloodPressureCategory.Stage1Hypertension => "High blood pressure, stage 1",
        BloodPressureCategory.Stage2Hypertension => "High blood pressure, stage 2",
        BloodPressureCategory.HypertensiveCrisis => "Hypertensive crisis",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string ToCode(this DosingDayAdvice advice) => advice switch
    {
        DosingDayAdvice.NoConcernFromThisReading => "no-concern-from-this-reading",
        DosingDayAdvice.CheckWithProviderBeforeDosing => "check-with-provider-before-dosing",
        DosingDayAdvice.UrgentSeekCareNow => "urgent-seek-care-now",
        _ => throw new ArgumentOutOfRangeException(nameof(advice), advice, null),
    };

    private static List<InputError> Check(int systolic, int diastolic)
    {
        var errors = new List<InputError>();
        if (systolic is < MinSystolic or > MaxSystolic)
        {
            errors.Add(new InputError("systolic", $"Systolic (the top number) must be from {MinSystolic} to {MaxSystolic} mmHg."));
        }

        if (diastolic is < MinDiastolic or > MaxDiastolic)
        {
            errors.Add(new InputError("diastolic", $"Diastolic (the bottom number) must be from {MinDiastolic} to {MaxDiastolic} mmHg."));
        }

        if (errors.Count == 0 && systolic <= diastolic)
        {
            errors.Add(new InputError("systolic", "The top number (systolic) should be higher than the bottom number (diastolic). Were they swapped?"));
        }

        return errors;
    }
}
