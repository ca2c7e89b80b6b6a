namespace Lantern.Clinical.Safety;

/// <summary>
/// A red flag as the people someone shares alerts with should read it (issue 15): what happened to whom, and what
/// they can do now. The flag's own <see cref="RedFlag.WhatToDo"/> speaks to the person in treatment ("let your
/// provider know that you have had these thoughts"), which told a caregiver to act on thoughts they never had.
/// The words restate the person's own instructions from the outside and add no clinical claim of their own; which
/// flags call for contacting the person now follows the flag's <see cref="ActionLevel"/>, Lantern's safety policy.
/// </summary>
/// <param name="WhatHappened">One sentence naming the person, e.g. "Sam said they are having thoughts of suicide…".</param>
/// <param name="WhatYouCanDo">What the supporter can do now, naming the person.</param>
public sealed record SupporterAlertWords(string WhatHappened, string WhatYouCanDo)
{
    private const string Name = "{name}";

    /// <summary>The flag's words for a supporter, with the person's name put in.</summary>
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static SupporterAlertWords For(RedFlag flag, string personName)
    {
        var (happened, todo) = Templates.TryGetValue(flag.Code, out var words) ? words : Fallback(flag);
        return new SupporterAlertWords(happened.Replace(Name, personName, StringComparison.Ordinal), todo.Replace(Name, personName, StringComparison.Ordinal));
    }

    /// <summary>For an alert whose flag has left the catalogue: what is still true of any alert.</summary>
    public static SupporterAlertWords ForUnknown(string personName) =>
        new($"{personName} has an alert in Lantern.", $"Check in with {personName} and ask how they are.");

    /// <summary>How soon, for the supporter: the person's own level reads "contact your provider today", which is theirs to do.</summary>
    public static string Urgency(ActionLevel level) => level switch
    {
        ActionLevel.Emergency => "Urgent: act now",
        ActionLevel.ContactProviderToday => "Needs attention today",
        ActionLevel.MentionAtNextVisit => "Not urgent",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>True when every flag in the catalogue has its own supporter wording (a test walks them).</summary>
    public static bool Covers(RedFlag flag) => Templates.ContainsKey(flag.Code);

    private static (string, string) Fallback(RedFlag flag) => flag.Level == ActionLevel.Emergency
        ? ($"{Name} reported: {flag.Title.ToLowerInvariant()}.", $"Contact {Name} now. If they may be in danger, call the emergency number where they are.")
        : ($"{Name} reported: {flag.Title.ToLowerInvariant()}.", $"Check in with {Name} today.");

    private const string IfInDanger = "If they may act on these thoughts, are not safe, or you cannot reach them and are worried, call the emergency number where they are.";

    private static readonly Dictionary<string, (string WhatHappened, string WhatYouCanDo)> Templates = new(StringComparer.Ordinal)
    {
        [RedFlags.SuicidalThoughtsRightNow.Code] = (
            $"{Name} said they are having thoughts of killing themselves right now.",
            $"Contact {Name} now, and stay with them if you can. {IfInDanger}"),
        [RedFlags.SuicidalThoughts.Code] = (
            $"{Name} said they are having thoughts of suicide or of harming themselves.",
            $"Contact {Name} now. {IfInDanger}"),
        [RedFlags.SelfHarmThoughts.Code] = (
            $"In a questionnaire, {Name} answered that they have had thoughts of being better off dead or of hurting themselves.",
            $"Check in with {Name} today. They were asked to let their provider know today; you can offer to help them do that. {IfInDanger}"),
        [RedFlags.BloodPressureUrgent.Code] = (
            $"{Name} recorded a blood pressure reading in the urgent range.",
            $"Contact {Name} now. They were told not to take a dose today and to seek care straight away. If they also have chest pain, trouble breathing or feel very unwell, call the emergency number where they are."),
        [RedFlags.BloodPressureCheckBeforeDosing.Code] = (
            $"{Name} recorded a blood pressure above the level set for dosing days.",
            $"They were asked to check with their provider before taking today's dose. If you are with {Name}, you can help them make that call."),
        [RedFlags.ChestPain.Code] = (
            $"{Name} reported chest pain.",
            $"Contact {Name} now. Chest pain needs checking straight away: they were told to call their emergency number and not to drive themselves. If you are with them, stay with them."),
        [RedFlags.TroubleBreathing.Code] = (
            $"Trouble breathing was reported for {Name}.",
            $"If you are with {Name}, call the emergency number now and stay with them until help arrives. If you are not, contact them now."),
        [RedFlags.SevereConfusion.Code] = (
            $"Severe confusion was reported for {Name}: very confused, hard to wake, or not knowing where they are.",
            $"If you are with {Name}, call the emergency number now and stay with them until help comes. If you are not, contact them or someone who is with them now."),
        [RedFlags.SeeingOrHearingThings.Code] = (
            $"{Name} reported seeing or hearing things other people don't, after a dose should have worn off.",
            $"Check in with {Name} today. They were asked to tell their provider today and to stay with someone they trust. If they feel unsafe, call the emergency number where they are."),
        [RedFlags.BladderPainOrBloodInUrine.Code] = (
            $"{Name} reported bladder pain, needing to pass urine much more often, or blood in their urine.",
            $"They were asked to tell their provider today. You can remind {Name} or help them make the call."),
        [RedFlags.UnableToFunction.Code] = (
            $"{Name} said everyday things such as getting up, eating or working have become too much.",
            $"Check in with {Name} today. They were asked to contact their provider today; you can offer to help. If they feel unsafe, the crisis lines below are for where they are."),
        [RedFlags.WithdrawalNotTolerable.Code] = (
            $"{Name} said their withdrawal symptoms are not tolerable.",
            $"They were asked not to make the next dose reduction yet and to let their prescriber know today. You can check in with {Name} and help them make that call."),
        [RedFlags.WithdrawalSymptomsTolerable.Code] = (
            $"{Name} noted withdrawal symptoms that they say are tolerable.",
            $"Nothing urgent. They were asked to keep noting how they feel and to mention it at their next appointment."),
    };
}
