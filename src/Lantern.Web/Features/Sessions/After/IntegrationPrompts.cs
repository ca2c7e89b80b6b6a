namespace Lantern.Web.Features.Sessions.After;

/// <summary>One prompt of the integration journal: the JSON field, the question and a gentle hint.</summary>
public sealed record IntegrationPrompt(string Field, string Question, string Hint);

/// <summary>
/// Lantern's own integration prompts, written for someone who may be tired: short questions, no wrong answers, every
/// one optional. They are reflection prompts, not a clinical instrument.
/// </summary>
public static class IntegrationPrompts
{
    public static IReadOnlyList<IntegrationPrompt> All { get; } =
    [
        new("whatCameUp", "What came up for you?", "Images, memories, thoughts, or simply \"not much\". A few words is enough."),
        new("inTheBody", "What did it feel like in your body?", "Heavy, light, warm, restless, calm: whatever you noticed."),
        new("carryForward", "What would you like to carry forward?", "Something to remember, try, or be gentle with this week."),
        new("forTherapist", "What do you want to tell your therapist?", "Anything you'd like to bring to your next conversation."),
    ];

    public static IReadOnlyList<string> Fields { get; } = All.Select(p => p.Field).ToArray();
}
