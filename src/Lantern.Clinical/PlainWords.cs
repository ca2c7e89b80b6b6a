using Lantern.Clinical.Costs;
using Lantern.Clinical.Instruments;
using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Opioids;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Screening;
using Lantern.Clinical.Tapering;
using Lantern.Clinical.Vitals;

namespace Lantern.Clinical;

/// <summary>
/// The plain words for every clinical category, in one place. An enum's name (<c>Stage1Hypertension</c>) is for code;
/// people read these words, and JSON carries the stable lower-case codes. Where a category already had its words
/// beside it (<c>ToLabel</c>, <c>DisplayName</c>) this index uses them, so no category is worded twice.
/// <see cref="For(Enum)"/> covers every public enum in this library; a test walks them all by reflection, so a new
/// category without words fails the build.
/// </summary>
public static class PlainWords
{
    /// <summary>The words for any clinical category value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An enum this library does not define, or an undefined value.</exception>
    public static string For(Enum value) => value switch
    {
        ActionLevel v => v.ToWords(),
        CrisisKind v => v.ToWords(),
        ContactKind v => v.ToWords(),
        CrisisAudience v => v.ToWords(),
        BloodPressureCategory v => v.ToLabel(),
        DosingDayAdvice v => v.ToWords(),
        ThresholdOrigin v => v.ToWords(),
        Phq9Severity v => v.ToLabel(),
        Gad7Severity v => v.ToLabel(),
        SuitabilityOutcome v => v.ToWords(),
        ScreeningEffect v => v.ToWords(),
        SupportAtHome v => v.ToWords(),
        HistoryAnswer v => v.ToWords(),
        KetamineRoute v => v.ToLabel(),
        Responsiveness v => SupportCheckAnswers.ToLabel(v),
        Calmness v => SupportCheckAnswers.ToLabel(v),
        ChecklistItemKind v => v.ToWords(),
        DoseUnit v => v.ToWords(),
        TaperMethod v => v.ToWords(),
        TaperStepKind v => v.ToWords(),
        TaperPhaseKind v => v.ToWords(),
        TaperEventKind v => v.ToWords(),
        HoldAdvice v => v.ToWords(),
        TargetDateFeasibility v => v.ToWords(),
        DrugClass v => v.ToWords(),
        FormulationKind v => v.ToWords(),
        Splitting v => v.ToWords(),
        BenzodiazepineTable v => v.DisplayName(),
        TreatmentRoute v => v.DisplayName(),
        BoosterFrequency v => v.DisplayName(),
        Payer v => v.ToWords(),
        InsuranceStatus v => v.ToWords(),
        EvidenceStatus v => v.ToLabel(),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "No plain words for this category."),
    };

    public static string ToWords(this ActionLevel level) => level switch
    {
        ActionLevel.Emergency => "Get help now",
        ActionLevel.ContactProviderToday => "Contact your provider today",
        ActionLevel.MentionAtNextVisit => "Mention at your next visit",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string ToWords(this CrisisKind kind) => kind switch
    {
        CrisisKind.MentalHealthCrisis => "Mental-health crisis",
        CrisisKind.MedicalEmergency => "Medical emergency",
        CrisisKind.UrgentSameDayCare => "Care needed today",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWords(this ContactKind kind) => kind switch
    {
        ContactKind.Call => "Call",
        ContactKind.Text => "Text",
        ContactKind.CallOrText => "Call or text",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWords(this CrisisAudience audience) => audience switch
    {
        CrisisAudience.Everyone => "Anyone",
        CrisisAudience.Veterans => "Veterans and the people who care about them",
        CrisisAudience.PsychedelicExperiences => "After a hard ketamine or psychedelic experience",
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    public static string ToWords(this DosingDayAdvice advice) => advice switch
    {
        DosingDayAdvice.NoConcernFromThisReading => "No concern from this reading",
        DosingDayAdvice.CheckWithProviderBeforeDosing => "Check with your provider before dosing",
        DosingDayAdvice.UrgentSeekCareNow => "Seek care now",
        _ => throw new ArgumentOutOfRangeException(nameof(advice), advice, null),
    };

    public static string ToWords(this ThresholdOrigin origin) => origin switch
    {
        ThresholdOrigin.AccAha2017Default => "The general ACC/AHA 2017 blood-pressure categories",
        ThresholdOrigin.ClinicianOverride => "Levels your clinician set for you",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    public static string ToWords(this SuitabilityOutcome outcome) => outcome switch
    {
        SuitabilityOutcome.DiscussAtHome => "At-home treatment could be something to discuss",
        SuitabilityOutcome.ClinicRecommended => "Starting in a clinic looks like the better choice",
        SuitabilityOutcome.NotNow => "Please talk with a provider first",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string ToWords(this ScreeningEffect effect) => effect switch
    {
        ScreeningEffect.Information => "Good to know",
        ScreeningEffect.ClinicRecommended => "Points to a clinic",
        ScreeningEffect.NotNow => "Points to not now",
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect, null),
    };

    public static string ToWords(this SupportAtHome support) => support switch
    {
        SupportAtHome.NotAnswered => "Not answered",
        SupportAtHome.AdultPresentDuringDoses => "A trusted adult will be with me, in person, during every dose",
        SupportAtHome.SomeoneReachableNotPresent => "Someone I can phone, but they won't be in the room",
        SupportAtHome.NoOne => "No one",
        _ => throw new ArgumentOutOfRangeException(nameof(support), support, null),
    };

    public static string ToWords(this HistoryAnswer answer) => answer switch
    {
        HistoryAnswer.NotAnswered => "Not answered",
        HistoryAnswer.No => "No",
        HistoryAnswer.Yes => "Yes",
        HistoryAnswer.NotSure => "Not sure",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    public static string ToWords(this ChecklistItemKind kind) => kind switch
    {
        ChecklistItemKind.Tick => "A tick when it is done",
        ChecklistItemKind.BloodPressureRecorded => "A blood-pressure reading recorded in Lantern",
        ChecklistItemKind.IntentionWritten => "An intention, written down",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWords(this DoseUnit unit) => unit switch
    {
        DoseUnit.MilligramsPerDay => "mg a day",
        DoseUnit.MicrogramsPerHour => "mcg an hour",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static string ToWords(this TaperMethod method) => method switch
    {
        TaperMethod.Proportional => "Proportional steps",
        TaperMethod.Occupancy => "Steps by estimated receptor occupancy",
        TaperMethod.Benzodiazepine => "Benzodiazepine steps",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static string ToWords(this TaperStepKind kind) => kind switch
    {
        TaperStepKind.Planned => "Planned step",
        TaperStepKind.Stop => "Stop",
        TaperStepKind.Taken => "Step taken",
        TaperStepKind.Held => "Held",
        TaperStepKind.SlowedDown => "Slowed down",
        TaperStepKind.SteppedBack => "Stepped back",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWords(this TaperEventKind kind) => kind switch
    {
        TaperEventKind.StepTaken => "Step taken",
        TaperEventKind.Hold => "Hold",
        TaperEventKind.SlowDown => "Slow down",
        TaperEventKind.StepBack => "Step back",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWords(this TaperPhaseKind kind) => kind switch
    {
        TaperPhaseKind.ChosenForm => "The form you chose",
        TaperPhaseKind.Liquid => "The liquid",
        TaperPhaseKind.CompoundedStrength => "A strength a pharmacy makes up",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWords(this HoldAdvice advice) => advice switch
    {
        HoldAdvice.GoAhead => "Go ahead",
        HoldAdvice.Hold => "Hold suggested",
        HoldAdvice.CheckSymptomsFirst => "Check your symptoms first",
        _ => throw new ArgumentOutOfRangeException(nameof(advice), advice, null),
    };

    public static string ToWords(this TargetDateFeasibility feasibility) => feasibility switch
    {
        TargetDateFeasibility.ReachableAtChosenPace => "Reachable at the pace you chose",
        TargetDateFeasibility.ReachableWithFasterSteps => "Reachable only with faster steps",
        TargetDateFeasibility.BreaksAsamLimit => "Faster than the ASAM guideline allows",
        _ => throw new ArgumentOutOfRangeException(nameof(feasibility), feasibility, null),
    };

    public static string ToWords(this DrugClass drugClass) => drugClass switch
    {
        DrugClass.Antidepressant => "Antidepressant",
        DrugClass.Benzodiazepine => "Benzodiazepine",
        DrugClass.ZDrug => "Z-drug sleeping tablet",
        _ => throw new ArgumentOutOfRangeException(nameof(drugClass), drugClass, null),
    };

    public static string ToWords(this FormulationKind kind) => kind switch
    {
        FormulationKind.Tablet => "Tablet",
        FormulationKind.Capsule => "Capsule",
        FormulationKind.OralLiquid => "Oral liquid",
        FormulationKind.OralDrops => "Oral drops",
        FormulationKind.Compounded => "Made up by a pharmacy",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWords(this Splitting splitting) => splitting switch
    {
        Splitting.WholeOnly => "Whole tablets only",
        Splitting.Halves => "Can be halved",
        Splitting.Quarters => "Can be quartered",
        _ => throw new ArgumentOutOfRangeException(nameof(splitting), splitting, null),
    };

    public static string ToWords(this Payer payer) => payer switch
    {
        Payer.SelfPay => "Paying yourself",
        Payer.Insured => "Through insurance",
        _ => throw new ArgumentOutOfRangeException(nameof(payer), payer, null),
    };

    public static string ToWords(this InsuranceStatus insurance) => insurance switch
    {
        InsuranceStatus.Unknown => "Not sure",
        InsuranceStatus.Yes => "Yes",
        InsuranceStatus.No => "No",
        _ => throw new ArgumentOutOfRangeException(nameof(insurance), insurance, null),
    };
}
