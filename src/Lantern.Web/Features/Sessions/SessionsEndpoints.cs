using Lantern.Clinical.Ketamine;
using Lantern.Web.Features.Sessions.After;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Features.Sessions.Day;
using Lantern.Web.Features.Sessions.LookBack;

namespace Lantern.Web.Features.Sessions;

/// <summary>/api/v1/courses and /api/v1/sessions. Each route calls the same handler as its page.</summary>
public static class SessionsEndpoints
{
    public static void MapSessionsEndpoints(this RouteGroupBuilder api)
    {
        var courses = api.MapGroup("/courses").WithTags("Sessions");
        courses.MapGet("", async (Guid? patientId, ListCoursesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, ct)));
        courses.MapGet("/presets", () => TypedResults.Ok(CoursePresets.All.Select(PresetResponse.From).ToArray()));
        courses.MapPost("", async (CreateCourseRequest request, CreateCourseHandler handler, CancellationToken ct) =>
        {
            var course = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/courses/{course.Id}", course);
        });
        courses.MapGet("/{id:guid}", async (Guid id, GetCourseHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));
        courses.MapPut("/{id:guid}", async (Guid id, UpdateCourseRequest request, UpdateCourseHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)));
        courses.MapDelete("/{id:guid}", async (Guid id, DeleteCourseHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        courses.MapGet("/{id:guid}/calendar.ics", async (Guid id, ExportCourseCalendarHandler handler, CancellationToken ct) =>
        {
            var export = await handler.HandleAsync(id, ct);
            return TypedResults.File(export.Content, export.ContentType, export.FileName);
        });
        courses.MapPost("/{id:guid}/sessions", async (Guid id, AddCourseSessionRequest request, AddCourseSessionHandler handler, CancellationToken ct) =>
        {
            var session = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/sessions/{session.Id}", session);
        });

        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapGet("/timeline", async (Guid? patientId, GetSessionTimelineHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, ct)));
        sessions.MapGet("/supporting", async (ListSupportingSessionsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)));
        sessions.MapGet("/{id:guid}", async (Guid id, GetSessionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));
        sessions.MapPut("/{id:guid}", async (Guid id, UpdateSessionRequest request, UpdateSessionRoute handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct))).ProducesProblem(StatusCodes.Status409Conflict);
        sessions.MapPost("/{id:guid}/vitals", async (Guid id, RecordVitalsRequest request, RecordVitalsHandler handler, CancellationToken ct) =>
        {
            var saved = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/sessions/{id}", saved);
        }).ProducesProblem(StatusCodes.Status409Conflict);
        sessions.MapPost("/{id:guid}/checks", async (Guid id, RecordCheckRequest request, RecordSupportCheckHandler handler, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/sessions/{id}", await handler.HandleAsync(id, request, ct))).ProducesProblem(StatusCodes.Status409Conflict);
        sessions.MapPost("/{id:guid}/side-effects", async (Guid id, RecordSideEffectsRequest request, RecordSideEffectsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct))).ProducesProblem(StatusCodes.Status409Conflict);
        sessions.MapGet("/{id:guid}/journal", async (Guid id, GetSessionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.JournalAsync(id, ct)));
        sessions.MapPost("/{id:guid}/journal", async (Guid id, SaveJournalRequest request, SaveIntegrationJournalHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct))).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
