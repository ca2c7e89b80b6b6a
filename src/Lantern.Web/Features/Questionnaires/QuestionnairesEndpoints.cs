using Lantern.Clinical.Instruments;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>An instrument's wording for API clients, exactly as the page shows it.</summary>
public sealed record InstrumentResponse(string Code, string Name, string Stem, IReadOnlyList<QuestionnaireItem> Items,
    IReadOnlyList<AnswerOption> AnswerOptions, int MinTotal, int MaxTotal, string Notice, IReadOnlyList<BandRange> Bands,
    IReadOnlyList<SourceResponse> Sources)
{
    public static InstrumentResponse From(InstrumentDefinition d) => new(d.Code, d.Name, d.Stem, d.Items, d.AnswerOptions,
        d.MinTotal, d.MaxTotal, d.Notice, InstrumentCatalog.Bands(d.Code), d.Sources.Select(SourceResponse.From).ToArray());
}

/// <summary>/api/v1/questionnaires. Each route calls the same handler as the questionnaire pages.</summary>
public static class QuestionnairesEndpoints
{
    public static void MapQuestionnairesEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/questionnaires").WithTags("Questionnaires");

        group.MapGet("", () => TypedResults.Ok(InstrumentCatalog.All.Select(InstrumentResponse.From).ToArray()));

        group.MapGet("/responses", async ([AsParameters] ListQuestionnaireResponsesRequest request, ListQuestionnaireResponsesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        group.MapGet("/responses/{id:guid}", async (Guid id, GetQuestionnaireResponseHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));

        group.MapGet("/schedule", async (QuestionnaireScheduleHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.GetAsync(ct)));

        group.MapPut("/schedule", async (UpdateScheduleRequest request, QuestionnaireScheduleHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.UpdateAsync(request, ct)));

        group.MapGet("/{instrument}", (string instrument) => TypedResults.Ok(InstrumentResponse.From(InstrumentCatalog.Require(instrument))));

        group.MapPost("/{instrument}/responses", async (string instrument, SubmitQuestionnaireRequest request, SubmitQuestionnaireHandler handler, CancellationToken ct) =>
        {
            var saved = await handler.HandleAsync(instrument, request, ct);
            return TypedResults.Created($"/api/v1/questionnaires/responses/{saved.Id}", saved);
        });

        group.MapPost("/responses/{id:guid}/thoughts-right-now", async (Guid id, AnswerRightNowRequest request, AnswerRightNowQuestionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)));
    }
}
