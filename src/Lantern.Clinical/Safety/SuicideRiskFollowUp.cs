using Lantern.Clinical.Instruments;

namespace Lantern.Clinical.Safety;

/// <summary>
/// What happens after a positive PHQ-9 item 9: Lantern asks the ASQ acuity question in the toolkit's own words, and
/// answers by how urgent it is. "Yes" is the ASQ's acute positive screen (imminent risk, an emergency safety
/// evaluation now): the mental-health crisis route at once and an emergency-level flag. "No" keeps item 9's own
/// flag: contact your provider today. The PHQ-9 and its score are never changed by the answer.
/// Source: clinical.md §3.6 (ASQ, SECONDARY for this wording); when and how Lantern asks is Lantern's policy.
/// </summary>
[Source(nameof(Refs.NimhAsqToolkit))]
[Source(nameof(Refs.LanternSafetyPolicy))]
public static class SuicideRiskFollowUp
{
    /// <summary>The ASQ acuity question, word for word.</summary>
    [Source(nameof(Refs.NimhAsqToolkit))]
    public const string Question = "Are you having thoughts of killing yourself right now?";

    /// <summary>Why we ask, in plain words, shown with the question.</summary>
    public const string WhyWeAsk =
        "You told us you have had thoughts of being better off dead or of hurting yourself. One more question helps us "
        + "show you the right help.";

    /// <summary>The sources behind asking and answering it, for "How we know this".</summary>
    public static IReadOnlyList<Source> Sources { get; } = [Refs.NimhAsqToolkit, Refs.LanternSafetyPolicy];

    /// <summary>True when the PHQ-9 answers call for the question: item 9 answered 1 ("several days") or more.</summary>
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static bool IsAskedAfter(Phq9Result result) => result.Flags.Contains(RedFlags.SelfHarmThoughts);

    /// <summary>The flag that answers the question: an emergency for "yes", item 9's own contact-today flag for "no".</summary>
    [Source(nameof(Refs.NimhAsqToolkit))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static RedFlag FlagFor(bool thoughtsOfKillingYourselfRightNow) =>
        thoughtsOfKillingYourselfRightNow ? RedFlags.SuicidalThoughtsRightNow : RedFlags.SelfHarmThoughts;
}
