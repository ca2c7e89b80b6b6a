namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>Deletes a course with all its sessions and what was recorded in them. Alerts raised from them stay: they are the patient's history.</summary>
public sealed class DeleteCourseHandler(LanternDbContext db, GetCourseHandler courses, ILogger<DeleteCourseHandler> logger)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var course = (await courses.ReadOwnedAsync(id, ct)).Course;
        db.Remove(course);
        await db.SaveChangesAsync(ct);
        SessionsLog.CourseDeleted(logger, course.Id);
    }
}
