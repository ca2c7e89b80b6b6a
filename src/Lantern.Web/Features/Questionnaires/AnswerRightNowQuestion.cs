using Lantern.Clinical.Safety;
using Lantern.Web.Features.Alerts;

namespace Lantern.Web.Features.Questionnaires;

/// <param name="ThoughtsRightNow">The answer to "Are you having thoughts of killing yourself right now?"</param>
public sealed record AnswerRightNowRequest(bool? ThoughtsRightNow);

/// <summary>What the answer means: the emergency route for yes, the provider today for no, on the same response.</summary>
public sealed record RightNowAnswerResponse(Guid ResponseId, bool ThoughtsRightNow, SafetyResponse Safety);

/// <summary>
/// Answers the ASQ acuity question that follows a positive PHQ-9 item 9 (its own or onboarding's baseline). "Yes"
/// raises the emergency alert (the highest level, so the care team sees it) and answers with the mental-health crisis
/// route at once; "no" answers with item 9's own flag, contact your provider today, whose alert was raised with the
/// PHQ-9. The alert points at the questionnaire response, onboarding's baseline PHQ-9 included. A "yes" is never refused: it is taken as an emergency whichever response it follows. Answering yes again
/// raises no second alert. Owner only; the questionnaire response itself is never changed.
/// </summary>
public sealed class AnswerRightNowQuestionHandler(
    LanternDbContext db,
    HealthDataAccess access,
    PeopleDirectory people,
    AlertRaiser alerts)
{
    /// <summary>The caller's own questionnaire response; anyone else's, or none, is 404.</summary>
    public async Task<QuestionnaireResponse> FindOwnedAsync(Guid responseId, CancellationToken ct) =>
        await access.FindOwnedAsync(db.Set<QuestionnaireResponse>().AsNoTracking(), responseId, ct);

    public async Task<RightNowAnswerResponse> HandleAsync(Guid responseId, AnswerRightNowRequest request, CancellationToken ct)
    {
        var stored = await FindOwnedAsync(responseId, ct);
        if (request.ThoughtsRightNow is not { } yes)
        {
            throw new ValidationFailedException("thoughtsRightNow", "Please answer yes or no.");
        }

        var flag = SuicideRiskFollowUp.FlagFor(yes);
        IReadOnlyList<RedFlag> flags = yes || RightNowQuestionResponse.For(stored) is not null ? [flag] : [];
        IReadOnlyList<Guid> alertIds = [];
        if (yes)
        {
            var existing = await db.Set<Alert>().AsNoTracking()
                .Where(a => a.PatientId == stored.PatientId && a.OriginId == stored.Id && a.FlagCode == flag.Code)
                .Select(a => a.Id).ToListAsync(ct);
            if (existing.Count == 0)
            {
                alertIds = [.. alerts.Stage(stored.PatientId, flags, AlertOrigin.Questionnaire, stored.Id).Select(a => a.Id)];
                await db.SaveChangesAsync(ct);
            }
            else
            {
                alertIds = existing;
            }
        }

        var profile = await people.GetAsync(stored.PatientId, ct);
        return new RightNowAnswerResponse(stored.Id, yes, SafetyResponse.From(flags, alertIds, profile));
    }
}
