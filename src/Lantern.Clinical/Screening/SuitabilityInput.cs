using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;
using Lantern.Clinical.Vitals;

namespace Lantern.Clinical.Screening;

/// <summary>
/// Whether a screening's answers are complete and in range: every required question answered, numbers where they
/// can be. Apart from <see cref="SuitabilityScreening"/>, which decides what complete answers mean.
/// </summary>
internal static class SuitabilityInput
{
    public static List<InputError> Check(SuitabilityAnswers? a)
    {
        var errors = new List<InputError>();
        if (a is null)
        {
            errors.Add(new InputError("answers", "Answer the screening questions."));
            return errors;
        }

        if (a.AgeYears is < 0 or > 120)
        {
            errors.Add(new InputError("ageYears", "Give an age in years, from 0 to 120."));
        }

        Required(a.Pregnant, "pregnant", errors);
        Required(a.BreastFeeding, "breastFeeding", errors);
        Required(a.PsychosisHistory, "psychosisHistory", errors);
        Required(a.ManiaHistory, "maniaHistory", errors);
        Required(a.SubstanceUseDisorder, "substanceUseDisorder", errors);
        Required(a.AneurysmOrArteriovenousMalformation, "aneurysmOrArteriovenousMalformation", errors);
        Required(a.IntracerebralHaemorrhage, "intracerebralHaemorrhage", errors);
        Required(a.UncontrolledBloodPressureOrHeartDisease, "uncontrolledBloodPressureOrHeartDisease", errors);
        Required(a.KetamineAllergy, "ketamineAllergy", errors);

        if (!Enum.IsDefined(a.SupportAtHome) || a.SupportAtHome == SupportAtHome.NotAnswered)
        {
            errors.Add(new InputError("supportAtHome", "Say who will be with you during at-home doses."));
        }

        if (a.Phq9Answers is not null)
        {
            errors.AddRange(Phq9.Validate(a.Phq9Answers, "phq9Answers"));
        }

        if (a.Gad7Answers is not null)
        {
            errors.AddRange(Gad7.Validate(a.Gad7Answers, "gad7Answers"));
        }

        if (a.Benzodiazepines is null)
        {
            errors.Add(new InputError("benzodiazepines", "Give an empty list when no benzodiazepines are taken."));
        }
        else
        {
            errors.AddRange(DiazepamEquivalents.Validate(a.Benzodiazepines, a.BenzodiazepineTable, "benzodiazepines"));
        }

        if (a.BenzodiazepineTable is { } table && !Enum.IsDefined(table))
        {
            errors.Add(new InputError("benzodiazepineTable", "Unknown table.", BenzodiazepineTables.AcceptedCodes));
        }

        switch (a.RecentSystolic, a.RecentDiastolic)
        {
            case (null, null):
                break;
            case ({ } s, { } d):
                errors.AddRange(BloodPressure.Validate(s, d).Select(e => e with { Field = e.Field == "systolic" ? "recentSystolic" : "recentDiastolic" }));
                break;
            default:
                errors.Add(new InputError(a.RecentSystolic is null ? "recentSystolic" : "recentDiastolic", "Give both blood-pressure numbers, or neither."));
                break;
        }

        return errors;
    }

    private static void Required(HistoryAnswer answer, string field, List<InputError> errors)
    {
        if (!Enum.IsDefined(answer) || answer == HistoryAnswer.NotAnswered)
        {
            errors.Add(new InputError(field, "Please answer Yes, No or Not sure."));
        }
    }
}
