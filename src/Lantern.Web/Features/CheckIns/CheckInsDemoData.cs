using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// Development-only: about 120 days of the demo patient's check-ins telling a believable story — a low start,
/// improvement once ketamine starts (day 21), a wobble around day 70, and steadier since. Deterministic, so every
/// first run shows the same dashboard. Invented figures for showing the app, not data from any study.
/// </summary>
public sealed class CheckInsDemoData(LanternDbContext db, TimeProvider time) : PatientHistoryDemoData<CheckIn>(db, time)
{
    public override int Order => 10;

    protected override Task AddHistoryAsync(DemoAccounts accounts, DemoCalendar calendar, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        var random = accounts.Random;
        var today = calendar.Today;
        for (var i = 0; i < calendar.Days; i++)
        {
            var day = calendar.Start.AddDays(i);
            if (day != today && random.NextDouble() < 0.08)
            {
                continue; // a missed day now and then
            }

            var (mood, anxiety, sleep) = Course(i);
            var late = day != today && random.NextDouble() < 0.05;
            var recorded = late ? calendar.At(day.AddDays(1), 9) : calendar.At(day, 20);
            if (recorded > calendar.Now)
            {
                recorded = calendar.Now; // today's entry: saved just now, not this evening
            }

            var sessionDay = i >= 21 && (i < 49 ? (i - 21) % 7 is 0 or 3 : (i - 21) % 7 == 0);
            Db.Set<CheckIn>().Add(new CheckIn
            {
                PatientId = patientId,
                Day = day,
                Mood = Clamp(mood + random.Next(-1, 2)),
                Anxiety = Clamp(anxiety + random.Next(-1, 2)),
                SleepHours = Math.Round((decimal)(sleep + (random.NextDouble() - 0.5)) * 2, MidpointRounding.AwayFromZero) / 2,
                Energy = Clamp(mood - 1 + random.Next(0, 3)),
                Pain = random.NextDouble() < 0.3 ? random.Next(0, 4) : null,
                Tags = sessionDay ? "session day" : i is >= 68 and <= 80 && random.NextDouble() < 0.4 ? "work stress" : string.Empty,
                IsLate = late,
                RecordedOn = Platform.Time.LocalTime.DateOf(recorded, calendar.TimeZone),
                RecordedAt = recorded,
                UpdatedAt = recorded,
            });
        }

        return Task.CompletedTask;
    }

    /// <summary>Mood, anxiety and sleep by day: low start, improvement from day 21, a wobble at 68-80, then steadier.</summary>
    private static (int Mood, int Anxiety, double Sleep) Course(int i) => i switch
    {
        < 21 => (3, 7, 5.5),
        < 60 => (3 + (i - 21) * 3 / 39, 7 - (i - 21) * 3 / 39, 5.5 + (i - 21) * 1.5 / 39),
        < 68 => (6, 4, 7),
        <= 80 => (4, 6, 6),
        _ => (5 + (i - 80) / 30, 5 - (i - 80) / 30, 6.5),
    };

    private static int Clamp(int value) => Math.Clamp(value, CheckInInput.ScaleMin, CheckInInput.ScaleMax);
}
