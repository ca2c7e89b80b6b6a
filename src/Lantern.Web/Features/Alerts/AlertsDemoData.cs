using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Alerts;

/// <summary>
/// Development-only: one alert from the wobble in the demo history, already acknowledged, so the dashboard shows the
/// history without an open alarm.
/// </summary>
public sealed class AlertsDemoData(LanternDbContext db, TimeProvider time) : IDemoData
{
    public int Order => 40;

    public async Task SeedAsync(DemoAccounts accounts, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        if (await db.Set<Alert>().AnyAsync(a => a.PatientId == patientId, ct))
        {
            return;
        }

        var calendar = DemoCalendar.EndingToday(time, accounts.Patient.TimeZone, DemoCalendar.HistoryDays);
        db.Set<Alert>().Add(new Alert
        {
            PatientId = patientId,
            FlagCode = Lantern.Clinical.Safety.RedFlags.UnableToFunction.Code,
            Level = Lantern.Clinical.Safety.RedFlags.UnableToFunction.LevelCode,
            Origin = AlertOrigin.WarningSigns,
            RaisedAt = calendar.At(calendar.Start.AddDays(72), 21),
            AcknowledgedAt = calendar.At(calendar.Start.AddDays(73), 10),
            AcknowledgedBy = patientId,
        });
        await db.SaveChangesAsync(ct);
    }
}
