using Lantern.Web.Features.Alerts;

namespace Lantern.Web.Features.Questionnaires;

/// <param name="Answers">One whole number per item, in item order (PHQ-9: nine answers 0-3).</param>
public sealed record SubmitQuestionnaireRequest(IReadOnlyList<int>? Answers);

/// <summary>
/// Scores and stores one questionnaire. A red flag (PHQ-9 item 9 of 1 or more) becomes an alert in the same save,
/// and the answer carries the crisis route, so help is on the very response that raised it, and the ASQ acuity
/// question that asks how urgent it is (answered with <see cref="AnswerRightNowQuestionHandler"/>).
/// </summary>
[SharedWithOtherFeatures]
public sealed class SubmitQuestionnaireHandler(
    LanternDbContext db,
    HealthDataAccess access,
    CurrentPerson person,
    AlertRaiser alerts,
    QuestionnaireScheduleHandler schedule,
    TimeProvider time,
    ILogger<SubmitQuestionnaireHandler> logger)
{
    public async Task<QuestionnaireResultResponse> HandleAsync(string instrument, SubmitQuestionnaireRequest request, CancellationToken ct)
    {
        var definition = InstrumentCatalog.Require(instrument);
        var scored = InstrumentCatalog.Score(definition, request.Answers);
        var me = await access.GetContextAsync(ct);
        var profile = await person.GetAsync(ct);

        var stored = Stage(me.UserId, scored, request.Answers!, profile.Today, fromOnboarding: false);
        var raised = alerts.Stage(me.UserId, scored.Flags, AlertOrigin.Questionnaire, stored.Id);
        await db.SaveChangesAsync(ct);
        QuestionnairesLog.QuestionnaireSaved(logger, stored.Id);

        var safety = SafetyResponse.From(scored.Flags, raised.Select(a => a.Id), profile);
        var due = (await schedule.GetAsync(ct)).Due.FirstOrDefault(d => d.Instrument == definition.Code);
        return QuestionnaireResultResponse.From(stored) with
        {
            AlertIds = safety.AlertIds,
            Crisis = safety.Crisis,
            NextDue = due,
            RightNow = RightNowQuestionResponse.For(stored),
        };
    }

    /// <summary>Adds a scored response to the unit of work; onboarding uses it for the baseline PHQ-9 and GAD-7.</summary>
    public QuestionnaireResponse Stage(Guid patientId, ScoredQuestionnaire scored, IReadOnlyList<int> answers, DateOnly today, bool fromOnboarding)
    {
        var stored = QuestionnaireResponse.FromScored(patientId, scored, answers, today, time.GetUtcNow(), fromOnboarding);
        db.Set<QuestionnaireResponse>().Add(stored);
        return stored;
    }
}
