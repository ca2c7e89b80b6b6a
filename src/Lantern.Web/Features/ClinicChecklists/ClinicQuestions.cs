namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>One question to ask a clinic. <see cref="Key"/> is stored with answers, so it never changes once shipped.</summary>
/// <param name="GoodAnswer">What a reassuring answer sounds like, so a person can judge "yes" for themselves.</param>
public sealed record ClinicQuestion(string Key, string Text, string GoodAnswer);

/// <summary>
/// The questions, in the order they are asked. Written for Lantern; they follow the guide article
/// "Questions to ask a provider" (Content/guide/questions-to-ask-a-provider.md), whose sources back them.
/// Add new questions at the end with new keys; never reuse or rename a key, or saved answers would move.
/// </summary>
public static class ClinicQuestions
{
    public const int MaxKeyLength = 40;

    public static IReadOnlyList<ClinicQuestion> All { get; } =
    [
        new("licensed", "Is the clinic licensed, with a named medical professional in charge?",
            "They name the person who leads your care and can show the clinic's licence."),
        new("training", "What training have the providers had in giving ketamine safely?",
            "They describe real training, not just \"we are all experts\"."),
        new("licences", "What licence does each person on the care team hold?",
            "Each person's role and licence is clear, including who decides the dose."),
        new("screening", "Will they check my physical and mental health before treatment?",
            "A full health history and exam, questions about psychosis and substance use, and a blood pressure check."),
        new("medicines", "Will they review all my medicines and allergies?",
            "They ask about everything you take, including benzodiazepines and antidepressants."),
        new("monitoring", "How will they watch me during and after each session?",
            "Blood pressure checks, someone with you the whole time, and a set time before you leave."),
        new("difficult-session", "What is the plan if a session becomes hard?",
            "A calm, clear plan for strong anxiety or high blood pressure, with named staff."),
        new("after-hours", "Who can I call after hours if I feel unwell or unsafe?",
            "A real phone number, and a plan if you have thoughts of harming yourself."),
        new("integration", "Is therapy or integration support included?",
            "Support before and after sessions, or a referral to a therapist or group."),
        new("coordination", "Will they work with my own doctor or therapist, if I agree?",
            "They are glad to share updates with your care team, with your permission."),
        new("progress", "How will we know if it is working, and when would we stop?",
            "A clear goal, regular check-ins such as a short questionnaire, and an end point."),
        new("cost", "What is the full cost, and what does it cover?",
            "A written price for the whole course, what it includes, and what happens if you stop early."),
    ];

    public static ClinicQuestion? Find(string? key) =>
        All.FirstOrDefault(q => string.Equals(q.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
