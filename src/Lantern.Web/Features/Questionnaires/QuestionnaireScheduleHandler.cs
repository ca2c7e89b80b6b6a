namespace Lantern.Web.Features.Questionnaires;

public sealed record ScheduleResponse(int IntervalDays, IReadOnlyList<int> AllowedIntervals, IReadOnlyList<DueResponse> Due);

public sealed record UpdateScheduleRequest(int? IntervalDays);

/// <summary>Reads and changes how often the PHQ-9 and GAD-7 fall due (7, 14 or 28 days; 14 by default).</summary>
public sealed class QuestionnaireScheduleHandler(LanternDbContext db, HealthDataAccess access, CurrentPerson person, TimeProvider time)
{
    public async Task<ScheduleResponse> GetAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var interval = await db.Set<QuestionnaireSchedule>().AsNoTracking().OwnedBy(me)
            .Select(s => (int?)s.IntervalDays).FirstOrDefaultAsync(ct) ?? QuestionnaireSchedule.DefaultIntervalDays;
        var last = await db.Set<QuestionnaireResponse>().AsNoTracking().OwnedBy(me)
            .Where(r => QuestionnaireSchedule.ScheduledInstruments.Contains(r.Instrument))
            .GroupBy(r => r.Instrument)
            .Select(g => new { Instrument = g.Key, Last = g.Max(r => r.Day) })
            .ToListAsync(ct);
        var today = (await person.GetAsync(ct)).Today;
        return new ScheduleResponse(interval, QuestionnaireSchedule.AllowedIntervals,
            QuestionnaireDue.Compute(interval, last.ToDictionary(l => l.Instrument, l => l.Last), today));
    }

    public async Task<ScheduleResponse> UpdateAsync(UpdateScheduleRequest request, CancellationToken ct)
    {
        if (request.IntervalDays is not { } interval || !QuestionnaireSchedule.AllowedIntervals.Contains(interval))
        {
            throw new Platform.Problems.ValidationFailedException("intervalDays", "Choose every 7, 14 or 28 days.");
        }

        var me = await access.GetContextAsync(ct);
        var schedule = await db.Set<QuestionnaireSchedule>().OwnedBy(me).FirstOrDefaultAsync(ct);
        if (schedule is null)
        {
            schedule = new QuestionnaireSchedule { PatientId = me.UserId };
            db.Set<QuestionnaireSchedule>().Add(schedule);
        }

        schedule.IntervalDays = interval;
        schedule.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }
}
