namespace Lantern.Web.Features.Sessions.Courses;

/// <param name="IsBooster">True (the default) for a booster added after the first series.</param>
public sealed record AddCourseSessionRequest(string? Date, string? Time, bool? IsBooster);

/// <summary>Adds one session to a course: usually a booster, dated when the provider sets it.</summary>
public sealed class AddCourseSessionHandler(LanternDbContext db, GetCourseHandler courses, TimeProvider time, ILogger<AddCourseSessionHandler> logger)
{
    public async Task<SessionSummaryResponse> HandleAsync(Guid courseId, AddCourseSessionRequest request, CancellationToken ct)
    {
        var bundle = await courses.ReadOwnedAsync(courseId, ct);
        var errors = new FieldErrors();
        var planned = CourseInput.Planned(request.Date, request.Time, "date", "time", bundle.Profile.Today, errors);
        if (planned is { } p && bundle.Sessions.Any(s => s.PlannedDate == p.Date && s.PlannedTime == p.Time && s.State != SessionState.Cancelled))
        {
            errors.Add("date", "There is already a session at that date and time.");
        }

        if (bundle.Sessions.Count >= SessionLimits.MaxSessionsPerCourse)
        {
            errors.Add("date", $"A course holds up to {SessionLimits.MaxSessionsPerCourse} sessions. Start a new course for more.");
        }

        errors.ThrowIfAny();
        var now = time.GetUtcNow();
        var session = new DosingSession
        {
            PatientId = bundle.Course.PatientId,
            CourseId = bundle.Course.Id,
            PlannedDate = planned!.Value.Date,
            PlannedTime = planned.Value.Time,
            IsBooster = request.IsBooster ?? true,
            State = SessionState.Planned,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        SessionsLog.SessionAdded(logger, session.Id, bundle.Course.Id);
        return SessionSummaryResponse.From(session, bundle.Profile.TimeZone);
    }
}
