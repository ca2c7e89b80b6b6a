namespace Lantern.Clinical.Safety;

/// <summary>
/// What kind of help a red flag needs, which decides what the crisis route leads with: crisis lines for a
/// mental-health crisis, the emergency number for a medical emergency, the person's own provider (or urgent care)
/// today for urgent same-day care. How soon is <see cref="ActionLevel"/>; this is where to turn.
/// </summary>
public enum CrisisKind
{
    /// <summary>Thoughts of suicide or self-harm, or not coping: crisis lines and the emergency number.</summary>
    MentalHealthCrisis,

    /// <summary>A body in danger (chest pain, breathing, a blood pressure in the crisis band): the emergency number first.</summary>
    MedicalEmergency,

    /// <summary>Needs a clinician today, not an ambulance: the provider or urgent care, with the emergency number if it gets worse.</summary>
    UrgentSameDayCare,
}

/// <summary>Stable codes for <see cref="CrisisKind"/>, and which kind leads when several flags are raised at once.</summary>
public static class CrisisKinds
{
    public static string ToCode(this CrisisKind kind) => kind switch
    {
        CrisisKind.MentalHealthCrisis => "mental-health-crisis",
        CrisisKind.MedicalEmergency => "medical-emergency",
        CrisisKind.UrgentSameDayCare => "urgent-same-day-care",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The kinds of help <paramref name="flags"/> need, the one that leads first. A body in danger leads over a
    /// mental-health crisis (an ambulance also helps someone in crisis, not the reverse), and both lead over care
    /// that can wait for today. Every medical-emergency flag is an emergency, so this order never puts a less urgent
    /// flag first. Flags with no kind (mention at the next visit) need no route; the list is then empty.
    /// </summary>
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static IReadOnlyList<CrisisKind> Needed(IEnumerable<RedFlag> flags) =>
        [.. flags.Select(f => f.Kind).OfType<CrisisKind>().Distinct().OrderBy(Precedence)];

    private static int Precedence(CrisisKind kind) => kind switch
    {
        CrisisKind.MedicalEmergency => 0,
        CrisisKind.MentalHealthCrisis => 1,
        CrisisKind.UrgentSameDayCare => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
