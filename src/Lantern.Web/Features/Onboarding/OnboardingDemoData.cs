using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// Development-only: the demo patient's suitability screening on the first day of the demo history, with the baseline
/// PHQ-9 and GAD-7 the questionnaires demo saved from onboarding. Invented answers for showing the app.
/// </summary>
public sealed class OnboardingDemoData(LanternDbContext db, TimeProvider time) : IDemoData
{
    public int Order => 30;

    public async Task SeedAsync(DemoAccounts accounts, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        if (await db.Set<ScreeningRecord>().AnyAsync(s => s.PatientId == patientId, ct))
        {
            return;
        }

        var calendar = DemoCalendar.EndingToday(time, accounts.Patient.TimeZone, DemoCalendar.HistoryDays);
        var baseline = await db.Set<QuestionnaireResponse>().AsNoTracking()
            .Where(r => r.PatientId == patientId && r.FromOnboarding)
            .Select(r => new { r.Id, r.Instrument })
            .ToListAsync(ct);
        var onboarding = new OnboardingRequest(41, "no", "no", "no", "no", "no", "no", "no", "no", "no", "adult-present-during-doses",
            [], null, null, 128, 82);
        db.Set<ScreeningRecord>().Add(new ScreeningRecord
        {
            PatientId = patientId,
            Outcome = CompleteOnboardingHandler.Evaluate(onboarding).OutcomeCode,
            AnswersJson = System.Text.Json.JsonSerializer.Serialize(onboarding, CompleteOnboardingHandler.StoredJson),
            Phq9ResponseId = baseline.FirstOrDefault(r => r.Instrument == "phq9")?.Id,
            Gad7ResponseId = baseline.FirstOrDefault(r => r.Instrument == "gad7")?.Id,
            Day = calendar.Start,
            CompletedAt = calendar.At(calendar.Start, 19),
        });
        await db.SaveChangesAsync(ct);
    }
}
