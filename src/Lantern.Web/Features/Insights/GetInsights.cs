using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Features.Taper.Journal;

namespace Lantern.Web.Features.Insights;

/// <summary>The insights of the signed-in patient, from their own check-ins and ketamine sessions.</summary>
/// <param name="CheckInDays">How many days of check-ins the insights look at.</param>
public sealed record InsightsResponse(int CheckInDays, Comparison DayAfterSession, int SessionDays, SleepComparison SleepAndMood, IReadOnlyList<TaperInsight> Tapers);

/// <summary>One taper plan's doses with the withdrawal symptoms and mood journalled on each.</summary>
public sealed record TaperInsight(string Drug, IReadOnlyList<StepSummary> Steps);

/// <summary>
/// Gathers the patient's own records through the other features' shared types (<see cref="CheckIn"/>,
/// <see cref="DosingSession"/>) and hands them to <see cref="InsightMaths"/>. Only the patient's own records: these are
/// patterns for the person to notice, not a view for anyone else.
/// </summary>
public sealed class GetInsightsHandler(LanternDbContext db, HealthDataAccess access, CurrentPerson person, ListSymptomsByStepHandler tapers)
{
    public async Task<InsightsResponse> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var zone = (await person.GetAsync(ct)).TimeZone;
        var checkIns = await db.Set<CheckIn>().AsNoTracking().OwnedBy(me)
            .Select(c => new { c.Day, c.Mood, c.SleepHours }).ToListAsync(ct);
        var sessions = await db.Set<DosingSession>().AsNoTracking().OwnedBy(me)
            .Where(s => s.DosedAt != null)
            .Select(s => s.DosedAt!.Value).ToListAsync(ct);

        // A session counts when the dose was recorded as taken, on that day in the patient's own zone.
        var sessionDays = sessions.Select(dosed => LocalTime.DateOf(dosed, zone)).ToHashSet();
        var mood = checkIns.Select(c => new DayValue(c.Day, c.Mood)).ToArray();
        var sleep = checkIns.Where(c => c.SleepHours is not null).Select(c => new DayValue(c.Day, (double)c.SleepHours!.Value)).ToArray();
        var taperInsights = (await tapers.HandleAsync(ct))
            .Where(p => p.Days.Count > 0)
            .Select(p => new TaperInsight(p.Drug, InsightMaths.AcrossSteps(p.StartDate, p.StartDoseMg,
                [.. p.Steps.Select(s => (s.From, s.DoseMg))],
                [.. p.Days.Select(d => new DayValue(d.Day, d.SymptomTotal))],
                [.. p.Days.Select(d => new DayValue(d.Day, d.Mood))])))
            .ToArray();
        return new InsightsResponse(
            checkIns.Count,
            InsightMaths.DayAfterSession(mood, sessionDays),
            sessionDays.Count,
            InsightMaths.SleepAndMood(sleep, mood),
            taperInsights);
    }
}
