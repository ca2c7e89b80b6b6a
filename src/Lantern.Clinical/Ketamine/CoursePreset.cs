namespace Lantern.Clinical.Ketamine;

/// <summary>
/// A starting pattern of session dates that a person can fill in and then edit. It proposes dates only: never a dose,
/// and never a promise that this is their provider's schedule. <see cref="Status"/> is the weakest status among its
/// sources, so a pattern we could not verify is never shown with a stronger label than it deserves.
/// </summary>
/// <param name="DayOffsets">Days after the first session, in order, starting with 0.</param>
public sealed record CoursePreset(
    string Code,
    string Name,
    string Description,
    KetamineRoute Route,
    IReadOnlyList<int> DayOffsets,
    IReadOnlyList<Source> Sources)
{
    public int SessionCount => DayOffsets.Count;

    public EvidenceStatus Status => Sources.Select(s => s.Status).OrderBy(Rank).First();

    public string StatusCode => Status.ToCode();

    public string StatusLabel => Status.ToLabel();

    /// <summary>The proposed dates when the first session is on <paramref name="first"/>.</summary>
    public IReadOnlyList<DateOnly> Dates(DateOnly first) => DayOffsets.Select(first.AddDays).ToArray();

    // Lower is weaker; Lantern policy never decides a schedule, so it ranks with the unverified convention.
    private static int Rank(EvidenceStatus status) => status switch
    {
        EvidenceStatus.ConventionNotVerified or EvidenceStatus.LanternPolicy => 0,
        EvidenceStatus.Secondary => 1,
        EvidenceStatus.Verified => 2,
    };
}
