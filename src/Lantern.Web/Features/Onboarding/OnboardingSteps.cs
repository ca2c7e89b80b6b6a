namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// One page of the onboarding screening: its place, its words and the answers it asks.
/// </summary>
/// <param name="ShortTitle">Its name in the list of steps.</param>
/// <param name="Properties">The answers it asks, as <see cref="OnboardingAnswers"/> names them.</param>
/// <param name="ApiFields">The same answers as the API and the clinical library name them, so a step shows only its own errors.</param>
/// <param name="Optional">True when every answer on the step may be left blank.</param>
public sealed record OnboardingStep(
    int Number, string ShortTitle, string Title, string Intro, IReadOnlyList<string> Properties, IReadOnlyList<string> ApiFields, bool Optional)
{
    /// <summary>Whether an error's field (<c>ageYears</c>, <c>phq9Answers[3]</c>, <c>benzodiazepines[0].drug</c>) is asked on this step.</summary>
    public bool Holds(string apiField) => ApiFields.Any(field => apiField == field
        || apiField.StartsWith(field + "[", StringComparison.Ordinal)
        || apiField.StartsWith(field + ".", StringComparison.Ordinal));

    public bool Asks(string property) => Properties.Contains(property, StringComparer.Ordinal);

    public bool IsLast => Number == OnboardingSteps.Count;
}

/// <summary>
/// The onboarding screening in short steps. The questions are the one screening's (<see cref="OnboardingRequest"/>);
/// the steps only group them, required ones first, so that every answer the screening needs is in by step 3 and the
/// optional ones (medicines, the two questionnaires) follow.
/// </summary>
public static class OnboardingSteps
{
    public static IReadOnlyList<OnboardingStep> All { get; } =
    [
        new(1, "About you", "About you and your treatment",
            "Your age, who would be with you, and two questions that change what is safe.",
            [nameof(OnboardingAnswers.AgeYears), nameof(OnboardingAnswers.SupportAtHome), nameof(OnboardingAnswers.Pregnant), nameof(OnboardingAnswers.BreastFeeding)],
            ["ageYears", "supportAtHome", "pregnant", "breastFeeding"], Optional: false),
        new(2, "Health history", "Your health history",
            "Answer Not sure whenever you are unsure: a clinic can check it with you.",
            [nameof(OnboardingAnswers.PsychosisHistory), nameof(OnboardingAnswers.ManiaHistory), nameof(OnboardingAnswers.SubstanceUseDisorder),
                nameof(OnboardingAnswers.AneurysmOrArteriovenousMalformation), nameof(OnboardingAnswers.IntracerebralHaemorrhage), nameof(OnboardingAnswers.KetamineAllergy)],
            ["psychosisHistory", "maniaHistory", "substanceUseDisorder", "aneurysmOrArteriovenousMalformation", "intracerebralHaemorrhage", "ketamineAllergy"],
            Optional: false),
        new(3, "Blood pressure and heart", "Blood pressure and heart",
            "Ketamine raises blood pressure for a few hours after each dose, so these matter.",
            [nameof(OnboardingAnswers.UncontrolledBloodPressureOrHeartDisease), nameof(OnboardingAnswers.RecentSystolic), nameof(OnboardingAnswers.RecentDiastolic)],
            ["uncontrolledBloodPressureOrHeartDisease", "recentSystolic", "recentDiastolic"], Optional: false),
        new(4, "Medicines", "Medicines you take",
            "Only if you take a benzodiazepine or a sleeping tablet of the \"z-drug\" kind. Leave it blank if not.",
            [nameof(OnboardingAnswers.BenzoDrug), nameof(OnboardingAnswers.BenzoDose)],
            ["benzodiazepines"], Optional: true),
        new(5, "Mood", "How your mood has been",
            "Answer every question, or leave them all blank to answer later.",
            [nameof(OnboardingAnswers.Phq9Answers)], ["phq9Answers"], Optional: true),
        new(6, "Worry", "How worry has been",
            "Answer every question, or leave them all blank to answer later. This is the last step.",
            [nameof(OnboardingAnswers.Gad7Answers)], ["gad7Answers"], Optional: true),
    ];

    public static int Count => All.Count;

    public static OnboardingStep Last => All[^1];

    /// <summary>The step with this number, or null when there is none.</summary>
    public static OnboardingStep? Find(int number) => number >= 1 && number <= All.Count ? All[number - 1] : null;

    public static OnboardingStep Get(int number) => Find(number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, null);
}
