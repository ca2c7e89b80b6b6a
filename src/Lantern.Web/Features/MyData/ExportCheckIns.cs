using Lantern.Web.Features.CheckIns;

namespace Lantern.Web.Features.MyData;

/// <summary>The caller's own check-ins as CSV, oldest first. Exports are audited (SEC-23) and never include anyone else's rows.</summary>
public sealed class ExportCheckInsHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, ILogger<ExportCheckInsHandler> logger)
{
    public static readonly string[] Header =
        ["date", "mood", "anxiety", "sleep_hours", "energy", "pain", "tags", "warning_signs", "note", "late", "recorded_at_utc", "updated_at_utc"];

    public async Task<string> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var rows = await db.Set<CheckIn>().AsNoTracking().OwnedBy(me).OrderBy(c => c.Day).ToListAsync(ct);
        var csv = new Csv().Row(Header);
        foreach (var c in rows)
        {
            csv.Row(
                c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                N(c.Mood),
                N(c.Anxiety),
                c.SleepHours?.ToString("0.##", CultureInfo.InvariantCulture),
                c.Energy is { } energy ? N(energy) : null,
                c.Pain is { } pain ? N(pain) : null,
                string.Join("; ", CheckInInput.SplitTags(c.Tags)),
                c.WarningSigns.Replace(",", "; ", StringComparison.Ordinal),
                c.Note,
                c.IsLate ? "yes" : "no",
                Utc(c.RecordedAt),
                Utc(c.UpdatedAt));
        }

        audit.Record(AuditAction.RecordExported, me.UserId, me.UserId, nameof(CheckIn), null, AuditOutcome.Success);
        MyDataLog.Exported(logger, me.UserId, "check-ins");
        return csv.ToString();
    }

    internal static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
