using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Alerts;

/// <summary>
/// Turns red flags into alert records. It only adds them to the unit of work: the caller saves them together with
/// the check-in, questionnaire or screening that raised them, so a record can never be stored without its alert.
/// </summary>
[SharedWithOtherFeatures]
public sealed class AlertRaiser(LanternDbContext db, TimeProvider time, ILogger<AlertRaiser> logger)
{
    public IReadOnlyList<Alert> Stage(Guid patientId, IEnumerable<RedFlag> flags, AlertOrigin origin, Guid? originId)
    {
        var now = time.GetUtcNow();
        var alerts = flags
            .DistinctBy(f => f.Code)
            .Select(flag => new Alert
            {
                PatientId = patientId,
                FlagCode = flag.Code,
                Level = flag.LevelCode,
                Origin = origin,
                OriginId = originId,
                RaisedAt = now,
            })
            .ToArray();
        if (alerts.Length > 0)
        {
            db.Set<Alert>().AddRange(alerts);
            AlertsLog.AlertsRaised(logger, alerts.Length, patientId);
        }

        return alerts;
    }
}
