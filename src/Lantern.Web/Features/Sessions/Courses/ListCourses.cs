namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>A patient's courses with their sessions, newest course first. Someone else's needs a live sessions grant and is audited.</summary>
public sealed class ListCoursesHandler(LanternDbContext db, HealthDataAccess access, PeopleDirectory people)
{
    public async Task<IReadOnlyList<CourseResponse>> HandleAsync(Guid? patientId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var whose = patientId ?? me.UserId;
        var courses = await (await access.ForPatientAsync(db.Courses().AsNoTracking(), whose, AccessScope.Sessions, ct)).ToListAsync(ct);
        var sessions = await (await access.ForPatientAsync(db.DosingSessions().AsNoTracking(), whose, AccessScope.Sessions, ct)).ToListAsync(ct);
        var zone = (await people.GetAsync(whose, ct)).TimeZone;
        return courses
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Select(c => CourseResponse.From(c, sessions.Where(s => s.CourseId == c.Id), zone, me.CanReadFreeText(whose)))
            .ToArray();
    }
}
