using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// Development-only: the demo patient's suitability screening on the first day of the demo history, with the baseline
/// PHQ-9 and GAD-7 the questionnaires demo saved from onboarding. Invented answers for showing the app.
/// </summary>
public sealed class OnboardingDemoData(LanternDbContext db, TimeProvider time) : PatientHistoryDemoData<ScreeningRecord>(db, time)
{
    public override int Order => 30;

    protected override async Task AddHistoryAsync(DemoAccounts accounts, DemoCalendar calendar, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        var baseline = await Db.Set<QuestionnaireResponse>().AsNoTracking()
            .Where(r => r.PatientId == patientId && r.FromOnboarding)
            .Select(r => new { r.Id, r.Instrument })
            .ToListAsync(ct);
        var onboarding = new OnboardingRequest(41, "no", "no", "no", "no", "no", "no", "no", "no", "no", "adult-present-during-doses",
            [], null, null, 128, 82);
        Db.Set<ScreeningRecord>().Add(new ScreeningRecord
        {
            PatientId = patientId,
            Outcome = CompleteOnboardingHandler.Evaluate(onboarding).OutcomeCode,
            AnswersJson = System.Text.Json.JsonSerializer.Serialize(onboarding, CompleteOnboardingHandler.StoredJson),
            Phq9ResponseId = baseline.FirstOrDefault(r => r.Instrument == "phq9")?.Id,
            Gad7ResponseId = baseline.FirstOrDefault(r => r.Instrument == "gad7")?.Id,
            Day = calendar.Start,
            CompletedAt = calendar.At(calendar.Start, 19),
        });
    }
}
