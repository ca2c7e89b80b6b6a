using Lantern.Clinical.Instruments;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;

namespace Lantern.Web.Features.Dashboard;

/// <param name="Range">30, 90 or 365 days of check-ins; 30 when left out.</param>
/// <param name="PatientId">Whose dashboard; the caller's own when empty. Sections need their grant's scope.</param>
public sealed record DashboardRequest(string? Range, Guid? PatientId);

/// <summary>
/// The data behind the dashboard, in a fixed number of queries whatever the history's length: the caller, the
/// patient (opened once through the chokepoint, with their zone), check-ins in range, all questionnaire totals (a few a month), the schedule and open alerts.
/// The year view is grouped into weeks in memory so the chart and its table stay readable.
/// </summary>
public sealed class GetDashboardHandler(LanternDbContext db, HealthDataAccess access)
{
    public static IReadOnlyList<int> Ranges { get; } = [30, 90, 365];

    public async Task<DashboardResponse> HandleAsync(DashboardRequest request, CancellationToken ct)
    {
        var rangeDays = ParseRange(request.Range);
        var patient = await access.OpenPatientAsync(request.PatientId ?? (await access.GetContextAsync(ct)).UserId, ct);
        var patientId = patient.PatientId;
        bool CanRead(AccessScope scope) => patient.CanRead(scope);
        if (!CanRead(AccessScope.Mood) && !CanRead(AccessScope.Questionnaires) && !CanRead(AccessScope.Alerts))
        {
            throw new RecordNotFoundException();
        }

        var today = patient.Patient.Today;

        CheckInResponse? todayCheckIn = null;
        DailySeriesResponse? daily = null;
        if (CanRead(AccessScope.Mood))
        {
            var checkIns = patient.Query(db.Set<CheckIn>().AsNoTracking(), AccessScope.Mood);
            // Twice the range, so the summary can compare with the period before.
            var earliest = today.AddDays(-(2 * rangeDays) + 1);
            var rows = await checkIns.Where(c => c.Day >= earliest && c.Day <= today).OrderBy(c => c.Day).ToListAsync(ct);
            var todays = rows.FirstOrDefault(c => c.Day == today);
            todayCheckIn = todays is null
                ? null
                : CheckInResponse.From(todays, patient.CanReadFreeText, patient.IsOwner && CheckInResponse.IsEditable(todays, today));
            daily = DashboardSummaries.Daily(rows, today, rangeDays);
        }

        IReadOnlyList<DueResponse>? due = null;
        QuestionnaireTrendResponse? phq9 = null;
        QuestionnaireTrendResponse? gad7 = null;
        if (CanRead(AccessScope.Questionnaires))
        {
            var responses = patient.Query(db.Set<QuestionnaireResponse>().AsNoTracking(), AccessScope.Questionnaires);
            var totals = await responses
                .OrderBy(r => r.CompletedAt)
                .Select(r => new StoredTotal(r.Id, r.Instrument, r.Day, r.Total, r.Band))
                .ToListAsync(ct);
            var interval = await db.Set<QuestionnaireSchedule>().AsNoTracking()
                .VisibleTo(patient.Access, AccessScope.Questionnaires)
                .Where(s => s.PatientId == patientId)
                .Select(s => (int?)s.IntervalDays).FirstOrDefaultAsync(ct) ?? QuestionnaireSchedule.DefaultIntervalDays;
            due = QuestionnaireDue.Compute(interval,
                totals.GroupBy(t => t.Instrument).ToDictionary(g => g.Key, g => g.Max(t => t.Day)), today);
            phq9 = Trend(Phq9.Definition, totals);
            gad7 = Trend(Gad7.Definition, totals);
        }

        IReadOnlyList<AlertResponse>? openAlerts = null;
        if (CanRead(AccessScope.Alerts))
        {
            var alerts = patient.Query(db.Set<Alert>().AsNoTracking(), AccessScope.Alerts);
            var open = await alerts.Where(a => a.AcknowledgedAt == null).OrderByDescending(a => a.RaisedAt).Take(50).ToListAsync(ct);
            openAlerts = open.Select(AlertResponse.From).ToArray();
        }

        return new DashboardResponse(patientId, today, todayCheckIn, due, openAlerts, daily, phq9, gad7);
    }

    /// <summary>Whether <paramref name="range"/> is one of <see cref="Ranges"/> (or left out).</summary>
    public static bool IsKnownRange(string? range) =>
        string.IsNullOrWhiteSpace(range)
        || (int.TryParse(range, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Ranges.Contains(days));

    public static int ParseRange(string? range)
    {
        if (string.IsNullOrWhiteSpace(range))
        {
            return Ranges[0];
        }

        return int.TryParse(range, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Ranges.Contains(days)
            ? days
            : throw new ValidationFailedException("range", "Choose 30, 90 or 365 days.");
    }

    private sealed record StoredTotal(Guid Id, string Instrument, DateOnly Day, int Total, string Band);

    private static QuestionnaireTrendResponse Trend(InstrumentDefinition definition, IReadOnlyList<StoredTotal> all)
    {
        var rows = all.Where(t => t.Instrument == definition.Code).ToArray();
        var baseline = rows.FirstOrDefault();
        var points = rows.Select(r =>
        {
            var conventions = baseline is null ? null : DashboardSummaries.Conventions(definition.Code, baseline.Total, r.Total);
            return new TrendPoint(r.Id, r.Day, r.Total, r.Band,
                r == baseline ? null : conventions?.Response?.Met,
                r == baseline ? null : conventions?.Remission?.Met);
        }).ToArray();
        var latest = points.LastOrDefault();
        var change = baseline is not null && points.Length > 1 ? DashboardSummaries.Conventions(definition.Code, baseline.Total, latest!.Total) : null;
        return new QuestionnaireTrendResponse(
            definition.Code,
            InstrumentCatalog.ShortName(definition.Code),
            definition.MaxTotal,
            InstrumentCatalog.Bands(definition.Code),
            points,
            points.FirstOrDefault(),
            latest,
            change,
            DashboardSummaries.ConventionsNote(definition.Code),
            DashboardSummaries.TrendSentence(definition.Code, points, change));
    }
}
