using System.Text.Json;
using Lantern.Clinical.Screening;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.Questionnaires;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// Runs the suitability screening from Lantern.Clinical on the patient's answers, stores it with the baseline
/// PHQ-9 and GAD-7, and turns any red flag (PHQ-9 item 9, an urgent blood pressure) into alerts in the same save.
/// </summary>
public sealed class CompleteOnboardingHandler(
    LanternDbContext db,
    HealthDataAccess access,
    CurrentPerson person,
    AlertRaiser alerts,
    SubmitQuestionnaireHandler questionnaires,
    TimeProvider time,
    ILogger<CompleteOnboardingHandler> logger)
{
    internal static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web);

    public async Task<OnboardingResultResponse> HandleAsync(OnboardingRequest request, CancellationToken ct)
    {
        var result = Evaluate(request);
        var me = await access.GetContextAsync(ct);
        var profile = await person.GetAsync(ct);
        var today = profile.Today;

        var phq9 = request.Phq9Answers is { } phq9Answers
            ? questionnaires.Stage(me.UserId, InstrumentCatalog.Score(Lantern.Clinical.Instruments.Phq9.Definition, phq9Answers), phq9Answers, today, fromOnboarding: true)
            : null;
        var gad7 = request.Gad7Answers is { } gad7Answers
            ? questionnaires.Stage(me.UserId, InstrumentCatalog.Score(Lantern.Clinical.Instruments.Gad7.Definition, gad7Answers), gad7Answers, today, fromOnboarding: true)
            : null;
        var record = new ScreeningRecord
        {
            PatientId = me.UserId,
            Outcome = result.OutcomeCode,
            AnswersJson = JsonSerializer.Serialize(request, StoredJson),
            Phq9ResponseId = phq9?.Id,
            Gad7ResponseId = gad7?.Id,
            Day = today,
            CompletedAt = time.GetUtcNow(),
        };
        db.Set<ScreeningRecord>().Add(record);
        var raised = alerts.Stage(me.UserId, result.Flags, AlertOrigin.Onboarding, record.Id);
        await db.SaveChangesAsync(ct);
        OnboardingLog.ScreeningSaved(logger, record.Id);

        return OnboardingResultResponse.From(record, result, SafetyResponse.From(result.Flags, raised.Select(a => a.Id), profile));
    }

    /// <summary>Validates every answer at once (form fields and the library's own rules), then screens.</summary>
    public static SuitabilityResult Evaluate(OnboardingRequest request)
    {
        var errors = new FieldErrors();
        var answers = Check(request, errors);
        errors.ThrowIfAny();
        return SuitabilityScreening.Evaluate(answers);
    }

    /// <summary>Adds every problem with the answers (form fields and the library's own rules) to <paramref name="errors"/>.</summary>
    public static SuitabilityAnswers Check(OnboardingRequest request, FieldErrors errors)
    {
        var answers = request.ToAnswers(errors);
        errors.AddWhereNew(SuitabilityScreening.Validate(answers));
        return answers;
    }
}
