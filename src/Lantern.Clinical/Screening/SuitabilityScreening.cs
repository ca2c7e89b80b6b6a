using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;
using Lantern.Clinical.Vitals;

namespace Lantern.Clinical.Screening;

/// <summary>
/// Ketamine suitability screening: answers in, one outcome out (discuss-at-home, clinic-recommended, not-now), with
/// every reason and its source. It prepares a conversation; it never diagnoses, and a provider always decides.
/// The most cautious reason sets the outcome, so adding a reason can never make the outcome less cautious.
/// </summary>
public static class SuitabilityScreening
{
    /// <summary>Source: Andrashko 2020 / Feeney 2023 (clinical.md §2.3): study-derived, informational only.</summary>
    public const decimal BenzodiazepineNoteAboveDiazepamMg = 8m;

    /// <summary>Source: Hull 2022 (clinical.md §4.3): at-home study eligibility, PHQ-9 or GAD-7 of 10 or more.</summary>
    public const int AtHomeStudyMinimumScore = 10;

    public const string ProviderDecides =
        "This is not a diagnosis or a prescription. It helps you get ready for a conversation: a provider decides "
            + "what is right for you.";

    private static readonly Source[] PregnancySources = [Refs.SpravatoLabel, Refs.LanternScreeningPolicy];

    private static readonly Source[] BloodPressureOrHeartSources =
        [Refs.SpravatoBloodPressureWarning, Refs.Cohen2018KetamineConsensus, Refs.KetamineBpSurges2024];

    public static IReadOnlyList<InputError> Validate(SuitabilityAnswers? answers) => SuitabilityInput.Check(answers);

    /// <exception cref="ClinicalInputException">Any unanswered question or invalid value, naming each field.</exception>
    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.Sanacora2017))]
    [Source(nameof(Refs.Hull2022))]
    [Source(nameof(Refs.Andrashko2020))]
    [Source(nameof(Refs.Feeney2023))]
    [Source(nameof(Refs.Whelton2017AccAha))]
    [Source(nameof(Refs.KetamineBpSurges2024))]
    [Source(nameof(Refs.SpravatoBloodPressureWarning))]
    [Source(nameof(Refs.Cohen2018KetamineConsensus))]
    [Source(nameof(Refs.LanternScreeningPolicy))]
    public static SuitabilityResult Evaluate(SuitabilityAnswers? answers)
    {
        InputErrors.ThrowIfAny(SuitabilityInput.Check(answers));
        var a = answers!;
        var reasons = new List<ScreeningReason>();
        var flags = new List<RedFlag>();

        // Spravato label contraindications (clinical.md §4.2, VERIFIED).
        NotNowReason(reasons, a.AneurysmOrArteriovenousMalformation, "aneurysm-or-avm",
            "You told us you have, or may have, an aneurysm (a weak, bulging blood vessel) or an arteriovenous "
                + "malformation. The esketamine label lists these as reasons not to use it.",
            "a bulging blood vessel (aneurysm) or arteriovenous malformation", [Refs.SpravatoLabel]);
        NotNowReason(reasons, a.IntracerebralHaemorrhage, "intracerebral-haemorrhage",
            "You told us you have had bleeding in the brain. The esketamine label lists this as a reason not to use it.",
            "bleeding in the brain", [Refs.SpravatoLabel]);
        NotNowReason(reasons, a.KetamineAllergy, "ketamine-allergy",
            "You told us you are allergic to ketamine or esketamine. The label lists this as a reason not to use it.",
            "an allergy to ketamine or esketamine", [Refs.SpravatoLabel]);

        // Spravato label §17 (VERIFIED): potential fetal risk; do not breastfeed. The label does not list these as
        // contraindications; making them "not now" is Lantern's cautious choice, so that policy is cited too.
        NotNowReason(reasons, a.Pregnant, "pregnancy",
            "You told us you are pregnant. The esketamine label warns of possible risk to the baby, so this is one "
                + "to talk through with your provider before anything else.",
            "whether you are pregnant", PregnancySources);
        NotNowReason(reasons, a.BreastFeeding, "breast-feeding",
            "You told us you are breast-feeding. The esketamine label advises not to breast-feed during treatment.",
            "breast-feeding", PregnancySources);

        // Spravato §5.2 and Sanacora 2017 (VERIFIED): careful assessment of psychosis; attention to substance use.
        ClinicReason(reasons, a.PsychosisHistory, "psychosis-history",
            "You told us about past psychosis (for example seeing or hearing things others don't). Guidance asks for a "
                + "careful assessment first, which a clinic can do.",
            "past psychosis",
            [Refs.SpravatoLabel, Refs.Sanacora2017]);
        ClinicReason(reasons, a.SubstanceUseDisorder, "substance-use-history",
            "You told us about problems with alcohol or drug use. Guidance asks for careful consideration and "
                + "monitoring, which a clinic can provide.",
            "problems with alcohol or drug use",
            [Refs.SpravatoLabel, Refs.Sanacora2017]);

        // No verified source sets a rule for mania; routing to a clinic is Lantern's own choice.
        ClinicReason(reasons, a.ManiaHistory, "mania-history",
            "You told us about past mania or very high moods. Lantern suggests a clinic assessment first; this is "
                + "Lantern's own rule, not a published one.",
            "past mania or very high moods",
            [Refs.LanternScreeningPolicy]);

        // Not now until controlled: the esketamine label's blood-pressure warning and the 2018 ASRA/AAPM/ASA consensus
        // (poorly controlled cardiovascular disease as a contraindication) were both read only in secondary copies,
        // so they lead the reason and their status is shown with it. The Yale series (VERIFIED) adds that a history
        // of hypertension went with bigger surges. "Not sure" still goes to a clinic, as for every history question.
        NotNowReason(reasons, a.UncontrolledBloodPressureOrHeartDisease, "blood-pressure-or-heart",
            "You told us about high blood pressure that isn't under control, or heart disease. Ketamine raises blood "
                + "pressure for a few hours after each dose, more so in people with high blood pressure, and guidance "
                + "advises against it while heart or blood-pressure problems are poorly controlled. So this points to "
                + "not now: not until it is controlled, with your prescriber. A provider decides when that is.",
            "high blood pressure or heart disease",
            BloodPressureOrHeartSources);

        if (a.AgeYears < 18)
        {
            reasons.Add(new ScreeningReason("under-18",
                "Lantern's screening is written for adults. For anyone under 18, ketamine treatment is a decision for a "
                    + "specialist clinic. This is Lantern's own rule.",
                ScreeningEffect.ClinicRecommended, [Refs.LanternScreeningPolicy]));
        }

        // Hull 2022 (VERIFIED): a peer monitor had to be physically present before each at-home dose.
        if (a.SupportAtHome != SupportAtHome.AdultPresentDuringDoses)
        {
            reasons.Add(new ScreeningReason("no-adult-present",
                "In the large at-home study, a trusted person had to be with each participant in person during every "
                    + "dose. Without that, starting in a clinic is the safer choice.",
                ScreeningEffect.ClinicRecommended, [Refs.Hull2022]));
        }

        var phq9 = a.Phq9Answers is null ? null : Phq9.Score(a.Phq9Answers, "phq9Answers");
        var gad7 = a.Gad7Answers is null ? null : Gad7.Score(a.Gad7Answers, "gad7Answers");
        AddQuestionnaireReasons(reasons, flags, phq9, gad7);

        DiazepamEquivalentTotal? benzos = null;
        if (a.Benzodiazepines.Count > 0)
        {
            benzos = DiazepamEquivalents.Total(a.Benzodiazepines, a.BenzodiazepineTable);

            // Compare the top of any range: the note is informational, so it errs towards telling.
            if (benzos.TotalMg.High > BenzodiazepineNoteAboveDiazepamMg)
            {
                reasons.Add(new ScreeningReason("benzodiazepine-dose",
                    $"Your benzodiazepine dose is about {benzos.TotalMg} mg of diazepam a day. Two studies found that "
                        + "doses above 8 mg a day went with a weaker response to ketamine. This is a study finding, not "
                        + "a rule: please don't change your dose on your own; talk it over with your prescriber.",
                    ScreeningEffect.Information, [Refs.Andrashko2020, Refs.Feeney2023]));
            }
        }

        BloodPressureCategory? bpCategory = null;
        if (a.RecentSystolic is { } systolic && a.RecentDiastolic is { } diastolic)
        {
            bpCategory = BloodPressure.Classify(systolic, diastolic);
            AddBloodPressureReason(reasons, flags, bpCategory.Value);
        }

        var outcome = reasons.Count == 0
            ? SuitabilityOutcome.DiscussAtHome
            : reasons.Max(r => r.Effect) switch
            {
                ScreeningEffect.NotNow => SuitabilityOutcome.NotNow,
                ScreeningEffect.ClinicRecommended => SuitabilityOutcome.ClinicRecommended,
                ScreeningEffect.Information => SuitabilityOutcome.DiscussAtHome,
                _ => throw new InvalidOperationException("Unknown screening effect."),
            };

        return new SuitabilityResult(
            outcome,
            SummaryFor(outcome),
            ProviderDecides,
            [.. reasons.OrderByDescending(r => r.Effect)],
            flags,
            phq9,
            gad7,
            benzos,
            bpCategory);
    }

    /// <summary>
    /// The red flags that part of the answers raise, by the same rules as <see cref="Evaluate"/>: for a screening
    /// answered in steps, so a red flag is answered on the step that asked it rather than only at the end. Leave out
    /// (null) what has not been answered; a blood-pressure reading counts only with both numbers.
    /// </summary>
    /// <exception cref="ClinicalInputException">PHQ-9 answers or a reading that cannot be scored, naming the field.</exception>
    [Source(nameof(Refs.Kroenke2001))]
    [Source(nameof(Refs.Whelton2017AccAha))]
    [Source(nameof(Refs.LanternScreeningPolicy))]
    public static IReadOnlyList<RedFlag> RedFlagsOf(IReadOnlyList<int>? phq9Answers, int? recentSystolic, int? recentDiastolic)
    {
        var flags = new List<RedFlag>();
        var reasons = new List<ScreeningReason>();
        if (phq9Answers is not null)
        {
            AddQuestionnaireReasons(reasons, flags, Phq9.Score(phq9Answers, "phq9Answers"), null);
        }

        if (recentSystolic is { } systolic && recentDiastolic is { } diastolic)
        {
            var errors = BloodPressure.Validate(systolic, diastolic)
                .Select(e => e with { Field = e.Field == "systolic" ? "recentSystolic" : "recentDiastolic" }).ToList();
            InputErrors.ThrowIfAny(errors);
            AddBloodPressureReason(reasons, flags, BloodPressure.Classify(systolic, diastolic));
        }

        return flags;
    }

    public static string ToCode(this SuitabilityOutcome outcome) => outcome switch
    {
        SuitabilityOutcome.DiscussAtHome => "discuss-at-home",
        SuitabilityOutcome.ClinicRecommended => "clinic-recommended",
        SuitabilityOutcome.NotNow => "not-now",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string ToCode(this ScreeningEffect effect) => effect switch
    {
        ScreeningEffect.Information => "information",
        ScreeningEffect.ClinicRecommended => "clinic-recommended",
        ScreeningEffect.NotNow => "not-now",
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect, null),
    };

    public static string SummaryFor(SuitabilityOutcome outcome) => outcome switch
    {
        SuitabilityOutcome.DiscussAtHome =>
            "Nothing in your answers points away from at-home treatment. It could be something to talk about with a provider.",
        SuitabilityOutcome.ClinicRecommended =>
            "Some of your answers mean that starting in a clinic, where you can be checked before and after each dose, is likely the better choice.",
        SuitabilityOutcome.NotNow =>
            "Some of your answers mean ketamine treatment may not be safe for you right now. Please talk with a provider before going further.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private static void AddQuestionnaireReasons(List<ScreeningReason> reasons, List<RedFlag> flags, Phq9Result? phq9, Gad7Result? gad7)
    {
        if (phq9 is not null && phq9.Flags.Contains(RedFlags.SelfHarmThoughts))
        {
            flags.Add(RedFlags.SelfHarmThoughts);
            reasons.Add(new ScreeningReason("self-harm-thoughts",
                "You told us you have had thoughts of being better off dead or of hurting yourself. Please talk with a "
                    + "provider before any at-home treatment; the crisis lines are there for you right now.",
                ScreeningEffect.ClinicRecommended, [Refs.LanternScreeningPolicy, Refs.Kroenke2001]));
        }

        if (phq9 is null && gad7 is null)
        {
            reasons.Add(new ScreeningReason("no-questionnaire",
                "You didn't fill in the PHQ-9 or GAD-7. The at-home study used them to decide who could take part, so a "
                    + "provider will want to see at least one.",
                ScreeningEffect.Information, [Refs.Hull2022]));
            return;
        }

        var highest = Math.Max(phq9?.Total ?? 0, gad7?.Total ?? 0);
        reasons.Add(highest >= AtHomeStudyMinimumScore
            ? new ScreeningReason("at-home-study-range",
                "Your PHQ-9 or GAD-7 score is 10 or more, the range of people who took part in the large at-home study.",
                ScreeningEffect.Information, [Refs.Hull2022])
            : new ScreeningReason("below-at-home-study-range",
                "Your PHQ-9 and GAD-7 scores are below 10. The at-home study took people scoring 10 or more, so its "
                    + "results may not apply to you.",
                ScreeningEffect.Information, [Refs.Hull2022]));
    }

    private static void AddBloodPressureReason(List<ScreeningReason> reasons, List<RedFlag> flags, BloodPressureCategory category)
    {
        switch (category)
        {
            case BloodPressureCategory.HypertensiveCrisis:
                flags.Add(RedFlags.BloodPressureUrgent);
                reasons.Add(new ScreeningReason("blood-pressure-crisis",
                    "Your recent blood pressure reading is in the 'hypertensive crisis' range. That needs prompt care "
                        + "first, whatever you decide about ketamine.",
                    ScreeningEffect.NotNow, [Refs.Whelton2017AccAha]));
                break;
            case BloodPressureCategory.Stage2Hypertension:
                reasons.Add(new ScreeningReason("blood-pressure-stage-2",
                    "Your recent blood pressure reading is in the stage 2 high range. Ketamine raises blood pressure "
                        + "for a while after each dose, so a clinic that can check it is the safer place to start.",
                    ScreeningEffect.ClinicRecommended, [Refs.Whelton2017AccAha, Refs.SpravatoLabel, Refs.KetamineBpSurges2024]));
                break;
            case BloodPressureCategory.Normal:
            case BloodPressureCategory.Elevated:
            case BloodPressureCategory.Stage1Hypertension:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, null);
        }
    }

    private static void NotNowReason(
        List<ScreeningReason> reasons, HistoryAnswer answer, string code, string yesText, string topic, IReadOnlyList<Source> sources)
    {
        switch (answer)
        {
            case HistoryAnswer.Yes:
                reasons.Add(new ScreeningReason(code, yesText, ScreeningEffect.NotNow, sources));
                break;
            case HistoryAnswer.NotSure:
                reasons.Add(NotSure(code, topic, [Refs.LanternScreeningPolicy, .. sources]));
                break;
            case HistoryAnswer.No:
            case HistoryAnswer.NotAnswered:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer, null);
        }
    }

    private static void ClinicReason(
        List<ScreeningReason> reasons, HistoryAnswer answer, string code, string yesText, string topic, IReadOnlyList<Source> sources)
    {
        switch (answer)
        {
            case HistoryAnswer.Yes:
                reasons.Add(new ScreeningReason(code, yesText, ScreeningEffect.ClinicRecommended, sources));
                break;
            case HistoryAnswer.NotSure:
                reasons.Add(NotSure(code, topic, [Refs.LanternScreeningPolicy, .. sources]));
                break;
            case HistoryAnswer.No:
            case HistoryAnswer.NotAnswered:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer, null);
        }
    }

    private static ScreeningReason NotSure(string code, string topic, IReadOnlyList<Source> sources) => new(
        $"{code}-not-sure",
        $"You weren't sure about {topic}. A clinic can check this with you before any treatment starts.",
        ScreeningEffect.ClinicRecommended,
        [.. sources.Distinct()]);
}
