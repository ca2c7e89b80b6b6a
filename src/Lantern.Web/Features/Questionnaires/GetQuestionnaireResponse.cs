namespace Lantern.Web.Features.Questionnaires;

/// <summary>One questionnaire response by id, under the Questionnaires scope (audited when read by someone else).</summary>
public sealed class GetQuestionnaireResponseHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<QuestionnaireResultResponse> HandleAsync(Guid id, CancellationToken ct) =>
        QuestionnaireResultResponse.From(await access.FindAsync(db.Set<QuestionnaireResponse>().AsNoTracking(), id, AccessScope.Questionnaires, ct));
}
