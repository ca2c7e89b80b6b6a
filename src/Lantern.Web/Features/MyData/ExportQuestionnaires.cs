using Lantern.Web.Features.Questionnaires;

namespace Lantern.Web.Features.MyData;

/// <summary>
/// The caller's own questionnaire results as CSV: one row per response, with item answers in item_1…item_20
/// (empty where an instrument has fewer items). Audited like every export.
/// </summary>
public sealed class ExportQuestionnairesHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, ILogger<ExportQuestionnairesHandler> logger)
{
    public const int MaxItems = 20;

    public static IReadOnlyList<string> Header { get; } =
        ["date", "instrument", "total", "max_total", "band", "flags", "baseline_from_onboarding", "completed_at_utc",
            .. Enumerable.Range(1, MaxItems).Select(i => $"item_{i}")];

    public async Task<string> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var rows = await db.Set<QuestionnaireResponse>().AsNoTracking().OwnedBy(me).OrderBy(r => r.CompletedAt).ToListAsync(ct);
        var csv = new Csv().Row([.. Header]);
        foreach (var r in rows)
        {
            var answers = r.AnswerList();
            var definition = InstrumentCatalog.Require(r.Instrument);
            csv.Row([
                r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                InstrumentCatalog.ShortName(r.Instrument),
                ExportCheckInsHandler.N(r.Total),
                ExportCheckInsHandler.N(definition.MaxTotal),
                InstrumentCatalog.BandOf(r.Instrument, r.Total).Label,
                r.Flags.Replace(",", "; ", StringComparison.Ordinal),
                r.FromOnboarding ? "yes" : "no",
                ExportCheckInsHandler.Utc(r.CompletedAt),
                .. Enumerable.Range(0, MaxItems).Select(i => i < answers.Count ? ExportCheckInsHandler.N(answers[i]) : null),
            ]);
        }

        audit.Record(AuditAction.RecordExported, me.UserId, me.UserId, nameof(QuestionnaireResponse), null, AuditOutcome.Success);
        MyDataLog.Exported(logger, me.UserId, "questionnaires");
        return csv.ToString();
    }
}
