using Lantern.Web.Features.Sessions.Courses;

namespace Lantern.Web.Features.Sessions;

public sealed record SharingPatient(Guid Id, string Name);

/// <summary>
/// The sessions home: a patient's courses with the next session and any session in progress; for a caregiver, the
/// sessions they support and the people who share their sessions with them.
/// </summary>
public sealed class IndexModel(ListCoursesHandler courses, ListSupportingSessionsHandler supporting, HealthDataAccess access, LanternDbContext db, TimeProvider time)
    : FormPageModel
{
    public IReadOnlyList<CourseResponse> Courses { get; private set; } = [];
    public IReadOnlyList<SupportingSessionResponse> Supporting { get; private set; } = [];
    public IReadOnlyList<SharingPatient> Sharing { get; private set; } = [];
    public SessionSummaryResponse? InProgress { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow();
        Courses = await courses.HandleAsync(null, ct);
        Supporting = await supporting.HandleAsync(ct);
        InProgress = Courses.SelectMany(c => c.Sessions).FirstOrDefault(s => s.State == "started");
        var me = await access.GetContextAsync(ct);
        var ids = me.PatientsSharing(AccessScope.Sessions).ToArray();
        Sharing = ids.Length == 0
            ? []
            : (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new SharingPatient(u.Id, u.DisplayName)).ToListAsync(ct))
                .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToArray();
    }

    /// <summary>The next session still to come, or null when all are done.</summary>
    public SessionSummaryResponse? Next(CourseResponse course) =>
        course.Sessions.Where(s => s.State == "planned" && s.PlannedAt >= Now.AddHours(-12)).MinBy(s => s.PlannedAt);
}
