namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>
/// How sessions of a course are called, in one place so the course page and the calendar file agree. The course's
/// own sessions are numbered 1 to N in date order; a booster is "Booster 1", "Booster 2"… and takes no course number,
/// so adding one never shifts or hides a number. A cancelled session keeps no number.
/// </summary>
public static class SessionNumbering
{
    /// <summary>A label for every session by id: "Session 2", "Booster 1", or "Cancelled".</summary>
    public static IReadOnlyDictionary<Guid, string> Labels(IEnumerable<(Guid Id, DateOnly Date, TimeOnly Time, bool IsBooster, bool Cancelled)> sessions)
    {
        var labels = new Dictionary<Guid, string>();
        var (course, booster) = (0, 0);
        foreach (var s in sessions.OrderBy(s => s.Date).ThenBy(s => s.Time).ThenBy(s => s.Id))
        {
            labels[s.Id] = s.Cancelled ? "Cancelled"
                : s.IsBooster ? $"Booster {++booster}"
                : $"Session {++course}";
        }

        return labels;
    }

    /// <summary>How many sessions the course itself has (boosters and cancelled sessions not counted): the N of "2 of N".</summary>
    public static int CourseLength(IEnumerable<(bool IsBooster, bool Cancelled)> sessions) => sessions.Count(s => !s.IsBooster && !s.Cancelled);

    public static IReadOnlyDictionary<Guid, string> Labels(IEnumerable<SessionSummaryResponse> sessions) =>
        Labels(sessions.Select(s => (s.Id, s.PlannedDate, s.PlannedTime, s.IsBooster, s.State == "cancelled")));

    public static IReadOnlyDictionary<Guid, string> Labels(IEnumerable<DosingSession> sessions) =>
        Labels(sessions.Select(s => (s.Id, s.PlannedDate, s.PlannedTime, s.IsBooster, s.State == SessionState.Cancelled)));
}
