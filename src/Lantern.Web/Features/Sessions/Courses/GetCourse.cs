namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>A course and its sessions as loaded through the chokepoint, with the patient's time zone.</summary>
/// <param name="FreeTextShared">The caller may read this patient's free text: they are the patient or hold the journal scope.</param>
public sealed record CourseBundle(KetamineCourse Course, IReadOnlyList<DosingSession> Sessions, Person Profile, bool FreeTextShared)
{
    public CourseResponse ToResponse() => CourseResponse.From(Course, Sessions, Profile.TimeZone, FreeTextShared);
}

/// <summary>
/// Reads one course under <see cref="AccessScope.Sessions"/> (the patient, or someone they share sessions with; such
/// reads are audited), or loads it for a change, which only the patient may make.
/// </summary>
public sealed class GetCourseHandler(LanternDbContext db, HealthDataAccess access, PeopleDirectory people)
{
    public async Task<CourseResponse> HandleAsync(Guid id, CancellationToken ct) => (await ReadAsync(id, ct)).ToResponse();

    public async Task<CourseBundle> ReadAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(await access.FindAsync(db.Courses().AsNoTracking(), id, AccessScope.Sessions, ct), ct);

    /// <summary>The caller's own course, tracked; anyone else's is the same 404 as a missing one.</summary>
    public async Task<CourseBundle> ReadOwnedAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(await access.FindOwnedAsync(db.Courses(), id, ct), ct);

    private async Task<CourseBundle> LoadAsync(KetamineCourse course, CancellationToken ct)
    {
        var sessions = await (await access.ForPatientAsync(db.DosingSessions().AsNoTracking(), course.PatientId, AccessScope.Sessions, ct))
            .Where(s => s.CourseId == course.Id)
            .OrderBy(s => s.PlannedDate).ThenBy(s => s.PlannedTime)
            .ToListAsync(ct);
        var me = await access.GetContextAsync(ct);
        return new CourseBundle(course, sessions, await people.GetAsync(course.PatientId, ct), me.CanReadFreeText(course.PatientId));
    }
}
