namespace Lantern.Web.Features.Questionnaires;

/// <param name="Instrument"><c>phq9</c>, <c>gad7</c> or <c>pcl5</c>; every instrument when left out.</param>
/// <param name="PatientId">Whose responses; the caller's own when empty. Someone else's needs a live Questionnaires grant.</param>
public sealed record ListQuestionnaireResponsesRequest(string? Instrument, Guid? PatientId);

/// <summary>Questionnaire responses, newest first.</summary>
public sealed class ListQuestionnaireResponsesHandler(LanternDbContext db, HealthDataAccess access)
{
    public const int MaxReturned = 1000;

    public async Task<IReadOnlyList<QuestionnaireResultResponse>> HandleAsync(ListQuestionnaireResponsesRequest request, CancellationToken ct)
    {
        string? code = null;
        if (!string.IsNullOrWhiteSpace(request.Instrument))
        {
            code = InstrumentCatalog.Find(request.Instrument)?.Code
                ?? throw new Platform.Problems.ValidationFailedException("instrument", "Use phq9, gad7 or pcl5.");
        }

        var me = await access.GetContextAsync(ct);
        var responses = await access.ForPatientAsync(db.Set<QuestionnaireResponse>().AsNoTracking(), request.PatientId ?? me.UserId, AccessScope.Questionnaires, ct);
        if (code is not null)
        {
            responses = responses.Where(r => r.Instrument == code);
        }

        var rows = await responses.OrderByDescending(r => r.CompletedAt).ThenByDescending(r => r.Id).Take(MaxReturned).ToListAsync(ct);
        return rows.Select(QuestionnaireResultResponse.From).ToArray();
    }
}
