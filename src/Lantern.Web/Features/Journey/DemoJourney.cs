using Lantern.Clinical.Instruments;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Onboarding;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lantern.Web.Features.Journey;

/// <summary>
/// Development-only demo history for the demo patient: about 120 days of check-ins and fortnightly PHQ-9/GAD-7
/// telling a believable story — a moderately severe start, improvement once ketamine starts (day 21), a wobble
/// around day 70, and a partial response by now. Deterministic, so every first run shows the same dashboard.
/// These are invented figures for showing the app, not data from any study.
/// </summary>
public static class DemoJourney
{
    public const int Days = 120;

    // Fortnightly totals from the baseline (day 0) on: PHQ-9 19 -> 11 is a 42 % drop (short of a 'response').
    private static readonly int[] Phq9Totals = [19, 18, 15, 12, 10, 14, 12, 11, 11];
    private static readonly int[] Gad7Totals = [15, 14, 12, 9, 8, 11, 9, 8, 8];

    public static async Task SeedAsync(LanternDbContext db, Guid patientId, string timeZone, TimeProvider time, CancellationToken ct)
    {
        if (await db.Set<CheckIn>().AnyAsync(c => c.PatientId == patientId, ct))
        {
            return;
        }

        var random = new Random(2026);
        var today = Platform.Time.LocalTime.Today(time, timeZone);
        var start = today.AddDays(-(Days - 1));
        var zone = DateTimeZoneProviders.Tzdb[timeZone];
        DateTimeOffset At(DateOnly day, int hour) =>
            new LocalDateTime(day.Year, day.Month, day.Day, hour, 0).InZoneLeniently(zone).ToDateTimeOffset().ToUniversalTime();

        for (var i = 0; i < Days; i++)
        {
            var day = start.AddDays(i);
            if (day != today && random.NextDouble() < 0.08)
            {
                continue; // a missed day now and then
            }

            var (mood, anxiety, sleep) = Course(i);
            var late = day != today && random.NextDouble() < 0.05;
            var recorded = late ? At(day.AddDays(1), 9) : At(day, 20);
            if (recorded > time.GetUtcNow())
            {
                recorded = time.GetUtcNow(); // today's entry: saved just now, not this evening
            }

            var sessionDay = i >= 21 && (i < 49 ? (i - 21) % 7 is 0 or 3 : (i - 21) % 7 == 0);
            db.Set<CheckIn>().Add(new CheckIn
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
                RecordedOn = TimeZones.LocalDate(recorded, timeZone),
                RecordedAt = recorded,
                UpdatedAt = recorded,
            });
        }

        Guid? phq9Baseline = null;
        Guid? gad7Baseline = null;
        for (var n = 0; n < Phq9Totals.Length; n++)
        {
            var day = start.AddDays(n * 14);
            if (day > today)
            {
                break;
            }

            phq9Baseline ??= Add(db, patientId, Phq9.Definition, Spread(Phq9Totals[n], Phq9.ItemCount - 1, Phq9.MaxAnswer, random).Append(0).ToArray(), day, At(day, 19), n == 0);
            gad7Baseline ??= Add(db, patientId, Gad7.Definition, Spread(Gad7Totals[n], Gad7.ItemCount, Gad7.MaxAnswer, random), day, At(day, 19), n == 0);
            if (n > 0)
            {
                Add(db, patientId, Phq9.Definition, Spread(Phq9Totals[n], Phq9.ItemCount - 1, Phq9.MaxAnswer, random).Append(0).ToArray(), day, At(day, 19), false);
                Add(db, patientId, Gad7.Definition, Spread(Gad7Totals[n], Gad7.ItemCount, Gad7.MaxAnswer, random), day, At(day, 19), false);
            }
        }

        var onboarding = new OnboardingRequest(41, "no", "no", "no", "no", "no", "no", "no", "no", "no", "adult-present-during-doses",
            [], null, null, 128, 82);
        var screening = new ScreeningRecord
        {
            PatientId = patientId,
            Outcome = CompleteOnboardingHandler.Evaluate(onboarding).OutcomeCode,
            AnswersJson = System.Text.Json.JsonSerializer.Serialize(onboarding, CompleteOnboardingHandler.StoredJson),
            Phq9ResponseId = phq9Baseline,
            Gad7ResponseId = gad7Baseline,
            Day = start,
            CompletedAt = At(start, 19),
        };
        db.Set<ScreeningRecord>().Add(screening);

        // One alert from the wobble, already acknowledged: the dashboard shows the history without an open alarm.
        db.Set<Alert>().Add(new Alert
        {
            PatientId = patientId,
            FlagCode = Lantern.Clinical.Safety.RedFlags.UnableToFunction.Code,
            Level = Lantern.Clinical.Safety.RedFlags.UnableToFunction.LevelCode,
            Origin = AlertOrigin.WarningSigns,
            RaisedAt = At(start.AddDays(72), 21),
            AcknowledgedAt = At(start.AddDays(73), 10),
            AcknowledgedBy = patientId,
        });
        await db.SaveChangesAsync(ct);
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

    /// <summary>Item answers that add up to <paramref name="total"/>, each within 0..<paramref name="max"/>.</summary>
    private static int[] Spread(int total, int items, int max, Random random)
    {
        var answers = new int[items];
        var left = total;
        while (left > 0)
        {
            var i = random.Next(items);
            if (answers[i] < max)
            {
                answers[i]++;
                left--;
            }
        }

        return answers;
    }

    private static Guid Add(LanternDbContext db, Guid patientId, InstrumentDefinition definition, int[] answers, DateOnly day, DateTimeOffset at, bool fromOnboarding)
    {
        var scored = InstrumentCatalog.Score(definition, answers);
        var response = new QuestionnaireResponse
        {
            PatientId = patientId,
            Instrument = definition.Code,
            Answers = string.Join(',', answers),
            Total = scored.Total,
            Band = scored.Band.Code,
            Day = day,
            CompletedAt = at,
            FromOnboarding = fromOnboarding,
        };
        db.Set<QuestionnaireResponse>().Add(response);
        return response.Id;
    }
}
