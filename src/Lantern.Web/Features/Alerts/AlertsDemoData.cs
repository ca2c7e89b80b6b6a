using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Alerts;

/// <summary>
/// Development-only: one alert from the wobble in the demo history, already acknowledged, so the dashboard shows the
/// history without an open alarm.
/// </summary>
public sealed class AlertsDemoData(LanternDbContext db, TimeProvider time) : PatientHistoryDemoData<Alert>(db, time)
{
    public override int Order => 40;

    protected override Task AddHistoryAsync(DemoAccounts accounts, DemoCalendar calendar, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        Db.Set<Alert>().Add(new Alert
        {
            PatientId = patientId,
            FlagCode = Lantern.Clinical.Safety.RedFlags.UnableToFunction.Code,
            Level = Lantern.Clinical.Safety.RedFlags.UnableToFunction.LevelCode,
            Origin = AlertOrigin.WarningSigns,
            RaisedAt = calendar.At(calendar.Start.AddDays(72), 21),
            AcknowledgedAt = calendar.At(calendar.Start.AddDays(73), 10),
            AcknowledgedBy = patientId,
        });

        return Task.CompletedTask;
    }
}
