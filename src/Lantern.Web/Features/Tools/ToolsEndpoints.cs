namespace Lantern.Web.Features.Tools;

/// <summary>
/// Public calculators: anonymous, nothing stored, the same Lantern.Clinical rules the pages use.
/// Bad input is a 400 problem naming the field (ClinicalInputException is mapped centrally).
/// </summary>
public static class ToolsEndpoints
{
    public static void MapToolsEndpoints(this RouteGroupBuilder api)
    {
        var calculators = api.MapGroup("/calculators").WithTags("Calculators").AllowAnonymous();
        calculators.MapPost("/phq9", async (QuestionnaireAnswers request, CurrentPerson person, CancellationToken ct) =>
            TypedResults.Ok(ScoreQuestionnaire.Phq9(request, await person.CrisisPlaceAsync(ct))));
        calculators.MapPost("/phq9/thoughts-right-now", async (RightNowAnswer request, CurrentPerson person, CancellationToken ct) =>
            TypedResults.Ok(ScoreQuestionnaire.AnswerRightNow(request, await person.CrisisPlaceAsync(ct))));
        calculators.MapPost("/gad7", (QuestionnaireAnswers request) => TypedResults.Ok(ScoreQuestionnaire.Gad7(request)));
        calculators.MapPost("/pcl5", (QuestionnaireAnswers request) => TypedResults.Ok(ScoreQuestionnaire.Pcl5(request)));
        calculators.MapPost("/mme", (MmeRequest request) => TypedResults.Ok(CalculateMorphineEquivalents.Handle(request)));
        calculators.MapPost("/diazepam-equivalent", (DiazepamRequest request) => TypedResults.Ok(ConvertToDiazepam.Handle(request)));
        calculators.MapPost("/screening", async (ScreeningRequest request, CurrentPerson person, CancellationToken ct) =>
            TypedResults.Ok(ScreenSuitability.Handle(request, await person.CrisisPlaceAsync(ct))));

        api.MapGet("/crisis-resources", async (string? country, CurrentPerson person, CancellationToken ct) =>
                TypedResults.Ok(ListCrisisResources.Handle(country, await person.CrisisPlaceAsync(ct))))
            .WithTags("Calculators").AllowAnonymous();
    }
}
