using Lantern.Web.Features.Taper.Export;
using Lantern.Web.Features.Taper.Journal;
using Lantern.Web.Features.Taper.Medicines;
using Lantern.Web.Features.Taper.Plans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Lantern.Web.Features.Taper;

/// <summary>The taper API under /api/v1. Each route calls the same handler as its page.</summary>
public static class TaperEndpoints
{
    public const string ChangedTitle = "The plan changed since you read it";

    public static void MapTaperEndpoints(this RouteGroupBuilder api)
    {
        // Anonymous and stateless: nothing about the caller is read or stored.
        api.MapPost("/calculators/taper", (TaperSettings request, PreviewTaperHandler handler) =>
            TypedResults.Ok(TaperScheduleResponse.From(handler.Handle(request))))
            .AllowAnonymous().WithTags("Taper");

        var medications = api.MapGroup("/medications").WithTags("Taper");
        medications.MapGet("", async (Guid? patientId, ListMedicationsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, ct)));
        medications.MapPost("", async (MedicationInput input, AddMedicationHandler handler, CancellationToken ct) =>
        {
            var medication = await handler.HandleAsync(input, ct);
            return TypedResults.Created($"/api/v1/medications/{medication.Id}", medication);
        });
        medications.MapGet("/{id:guid}", async (Guid id, GetMedicationHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));
        medications.MapPut("/{id:guid}", async (Guid id, MedicationInput input, UpdateMedicationHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, input, ct)));
        medications.MapDelete("/{id:guid}", async (Guid id, RemoveMedicationHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });

        var tapers = api.MapGroup("/tapers").WithTags("Taper");
        tapers.MapGet("", async (Guid? patientId, ListTaperPlansHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, ct)));
        tapers.MapPost("", async (CreateTaperPlanRequest request, CreateTaperPlanHandler handler, HttpResponse response, CancellationToken ct) =>
        {
            var saved = await handler.HandleAsync(request, ct);
            SetETag(response, saved);
            return TypedResults.Created($"/api/v1/tapers/{saved.Plan.Id}", TaperPlanResponse.From(saved));
        });
        tapers.MapGet("/{id:guid}", async (Guid id, GetTaperPlanHandler handler, HttpResponse response, CancellationToken ct) =>
        {
            var saved = await handler.HandleAsync(id, ct);
            SetETag(response, saved);
            return TypedResults.Ok(TaperPlanResponse.From(saved));
        });
        tapers.MapPut("/{id:guid}", async (Guid id, UpdateTaperPlanRequest request, UpdateTaperPlanHandler handler, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        {
            var saved = await handler.HandleAsync(id, request, IfMatchVersion(http), ct);
            SetETag(response, saved);
            return TypedResults.Ok(TaperPlanResponse.From(saved));
        }).ProducesProblem(StatusCodes.Status409Conflict);
        tapers.MapDelete("/{id:guid}", async (Guid id, DeleteTaperPlanHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        tapers.MapPost("/{id:guid}/events", async (Guid id, RecordTaperEventRequest request, RecordTaperEventHandler handler, HttpResponse response, CancellationToken ct) =>
        {
            var saved = await handler.HandleAsync(id, request, ct);
            SetETag(response, saved);
            return TypedResults.Created($"/api/v1/tapers/{id}", TaperPlanResponse.From(saved));
        }).ProducesProblem(StatusCodes.Status409Conflict);
        tapers.MapGet("/{id:guid}/journal", async (Guid id, GetTaperJournalHandler handler, CancellationToken ct) =>
            TypedResults.Ok(GetTaperJournalHandler.ToResponse(await handler.HandleAsync(id, ct))));
        tapers.MapPost("/{id:guid}/journal", async (Guid id, RecordJournalEntryRequest request, RecordJournalEntryHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct))).ProducesProblem(StatusCodes.Status409Conflict);
        tapers.MapGet("/{id:guid}/plan.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ExportPlanPdfHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } pdf
                ? File(pdf)
                : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The PDF is not available right now",
                    detail: "Use the printable page or the CSV download instead."))
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        tapers.MapGet("/{id:guid}/calendar.ics", async (Guid id, ExportPlanCalendarHandler handler, CancellationToken ct) =>
            File(await handler.HandleAsync(id, ct)));
        tapers.MapGet("/{id:guid}/schedule.csv", async (Guid id, ExportPlanCsvHandler handler, CancellationToken ct) =>
            File(await handler.HandleAsync(id, ct)));
    }

    private static FileContentHttpResult File(PlanExport export) =>
        TypedResults.File(export.Content, export.ContentType, export.FileName);

    private static void SetETag(HttpResponse response, SavedPlan saved) =>
        response.Headers.ETag = $"\"{saved.Plan.Version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version in an <c>If-Match: "3"</c> header, or null when there is none or it is not one of ours.</summary>
    private static int? IfMatchVersion(HttpRequest request) =>
        request.Headers.TryGetValue(HeaderNames.IfMatch, out var values)
        && int.TryParse(values.ToString().Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
}
