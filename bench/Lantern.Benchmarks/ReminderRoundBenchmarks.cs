using BenchmarkDotNet.Attributes;
using Lantern.Web.Features.Reminders;
using NodaTime;
using LocalTime = NodaTime.LocalTime;

namespace Lantern.Benchmarks;

/// <summary>
/// The reminder scheduler's pure core for one round over 100 000 people (issue 16): <see cref="DueReminders.Compute"/>
/// over everyone with a reminder on, then <see cref="DueReminders.AddPrompts"/> for the sessions in progress. This is
/// the part of a round whose cost grows with the number of people; the database reads and writes around it are not
/// measured here.
/// </summary>
/// <remarks>
/// The population is made once from a fixed seed, shaped like the dispatcher's input: only kinds that are on
/// (1 to 4 a person, the daily check-in most often), most times left at Lantern's suggestions and the rest on quarter
/// hours, people spread over 20 IANA zones weighted towards Europe and the Americas, quiet hours for half, and for a
/// third the sessions, taper steps and questionnaire days from two days before the round to two days after (the
/// window <see cref="ReminderDispatcher"/> reads). <see cref="Busy"/> and <see cref="Quiet"/> are the half-hour instants
/// of 8 December 2026 (UTC) at which most and fewest reminders are due, found by trying all 48.
/// </remarks>
[MemoryDiagnoser]
public class ReminderRoundBenchmarks
{
    public const int People = 100_000;
    private const int SessionsInProgress = 300;

    private static readonly string[] Zones =
    [
        "America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver", "America/Phoenix",
        "America/Anchorage", "America/Toronto", "America/Sao_Paulo", "America/Mexico_City", "Europe/London",
        "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Helsinki", "Africa/Johannesburg",
        "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland",
    ];

    // Most people live where Lantern is used most; the tail is spread thin.
    private static readonly int[] ZoneWeights = [14, 12, 10, 5, 2, 1, 4, 3, 3, 12, 8, 5, 3, 2, 2, 3, 2, 3, 4, 2];

    private static readonly ReminderKind[] PatientKinds =
        [ReminderKind.QuestionnaireDue, ReminderKind.SessionTomorrow, ReminderKind.SessionToday, ReminderKind.TaperStepDue, ReminderKind.DosingDayPrompts];

    private static readonly QuietHours[] QuietChoices =
    [
        new(new LocalTime(22, 0), new LocalTime(7, 0)),
        new(new LocalTime(23, 0), new LocalTime(6, 30)),
        new(new LocalTime(21, 30), new LocalTime(8, 0)),
        new(new LocalTime(13, 0), new LocalTime(14, 0)),
    ];

    private static readonly LocalDate Day = new(2026, 12, 8);

    private PersonRules[] people = [];
    private Dictionary<Guid, List<ReminderEvent>> eventsByPerson = [];
    private HashSet<Guid> promptsOn = [];
    private DosingDayPrompt[] busyPrompts = [];
    private DosingDayPrompt[] quietPrompts = [];

    public Instant Busy { get; private set; }

    public Instant Quiet { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261208);
        var zones = Zones.Select(z => DateTimeZoneProviders.Tzdb[z]).ToArray();
        var zonePicks = ZoneWeights.SelectMany((weight, index) => Enumerable.Repeat(index, weight)).ToArray();
        people = new PersonRules[People];
        eventsByPerson = new Dictionary<Guid, List<ReminderEvent>>();
        for (var i = 0; i < People; i++)
        {
            var id = Guid.CreateVersion7();
            var zone = zones[zonePicks[random.Next(zonePicks.Length)]];
            var quiet = random.Next(2) == 0 ? QuietChoices[random.Next(QuietChoices.Length)] : null;
            var caregiver = random.Next(10) == 0;
            people[i] = new PersonRules(id, zone, quiet, Rules(random, caregiver));
            if (random.Next(3) == 0)
            {
                eventsByPerson[id] = Events(random, id, caregiver);
            }
        }

        promptsOn = people.Where(p => p.RuleFor(ReminderKind.DosingDayPrompts) is not null).Select(p => p.UserId).ToHashSet();

        (Busy, Quiet) = BusiestAndQuietest();
        busyPrompts = Prompts(new Random(1), Busy);
        quietPrompts = Prompts(new Random(2), Quiet);
        Console.WriteLine($"// {People} people, {promptsOn.Count} with dosing-day prompts on, {eventsByPerson.Count} with events " +
            $"({eventsByPerson.Values.Sum(e => e.Count)} in all). Busy round at {Busy}: {RoundBusy().Count} due; " +
            $"quiet round at {Quiet}: {RoundQuiet().Count} due.");
    }

    /// <summary>A round at the half-hour of the day when most reminders are due.</summary>
    [Benchmark]
    public List<DueReminder> RoundBusy() => Round(Busy, busyPrompts);

    /// <summary>A round at the half-hour of the day when fewest reminders are due.</summary>
    [Benchmark]
    public List<DueReminder> RoundQuiet() => Round(Quiet, quietPrompts);

    private List<DueReminder> Round(Instant now, DosingDayPrompt[] prompts)
    {
        var due = DueReminders.Compute(now, people, eventsByPerson);
        DueReminders.AddPrompts(now, prompts, promptsOn, due);
        return due;
    }

    private (Instant Busy, Instant Quiet) BusiestAndQuietest()
    {
        var start = Day.AtMidnight().InUtc().ToInstant();
        var counts = Enumerable.Range(0, 48)
            .Select(half => start + Duration.FromMinutes(30 * half))
            .Select(at => (At: at, Due: DueReminders.Compute(at, people, eventsByPerson).Count))
            .ToArray();
        return (counts.MaxBy(c => c.Due).At, counts.MinBy(c => c.Due).At);
    }

    /// <summary>The kinds a person turned on (1 to 4), each at Lantern's suggested time or, for a third, their own.</summary>
    private static ReminderRule[] Rules(Random random, bool caregiver)
    {
        var kinds = new List<ReminderKind>();
        if (caregiver)
        {
            kinds.Add(ReminderKind.SupportPersonTomorrow);
            if (random.Next(2) == 0)
            {
                kinds.Add(ReminderKind.DosingDayPrompts);
            }
        }
        else
        {
            var count = 1 + random.Next(4);
            if (random.Next(10) < 8)
            {
                kinds.Add(ReminderKind.DailyCheckIn);
            }

            foreach (var kind in PatientKinds.OrderBy(_ => random.Next()))
            {
                if (kinds.Count >= count)
                {
                    break;
                }

                kinds.Add(kind);
            }
        }

        return kinds.Select(kind => new ReminderRule(kind, true, random.Next(3) == 0
                ? new LocalTime(6 + random.Next(17), 15 * random.Next(4))
                : ReminderPlanner.Offered.First(r => r.Kind == kind).At))
            .ToArray();
    }

    /// <summary>What is coming up for one person within two days of the round: sessions, taper steps, questionnaire days.</summary>
    private static List<ReminderEvent> Events(Random random, Guid id, bool caregiver)
    {
        var events = new List<ReminderEvent>();
        DateOnly Near() => DateOnly.FromDateTime(Day.ToDateTimeUnspecified()).AddDays(random.Next(-2, 3));
        TimeOnly SessionTime() => new(8 + random.Next(8), 30 * random.Next(2));

        if (caregiver)
        {
            events.Add(new ReminderEvent(ReminderKind.SupportPersonTomorrow, id, Guid.CreateVersion7().ToString("N"), Near(), SessionTime(), false));
            return events;
        }

        if (random.Next(2) == 0)
        {
            var session = Guid.CreateVersion7().ToString("N");
            var (day, time) = (Near(), SessionTime());
            events.Add(new ReminderEvent(ReminderKind.SessionToday, id, session, day, time, false));
            events.Add(new ReminderEvent(ReminderKind.SessionTomorrow, id, session, day, time, false));
        }

        if (random.Next(3) == 0)
        {
            var plan = Guid.CreateVersion7();
            var day = Near();
            events.Add(new ReminderEvent(ReminderKind.TaperStepDue, id, $"{plan:N}:{day:yyyy-MM-dd}", day, null, random.Next(5) == 0));
        }

        if (events.Count == 0 || random.Next(2) == 0)
        {
            var day = Near();
            events.Add(new ReminderEvent(ReminderKind.QuestionnaireDue, id, $"{day:yyyy-MM-dd}", day, null, false));
        }

        return events;
    }

    /// <summary>
    /// The prompts of the sessions in progress at <paramref name="now"/>, as the dispatcher builds them: the next check to
    /// the patient and, for half, to their support person, and the blood-pressure reading for a third.
    /// </summary>
    private DosingDayPrompt[] Prompts(Random random, Instant now)
    {
        var prompts = new List<DosingDayPrompt>();
        var withPrompts = promptsOn.ToArray();
        for (var i = 0; i < SessionsInProgress; i++)
        {
            var session = Guid.CreateVersion7().ToString("N");
            var started = now - Duration.FromMinutes(random.Next(0, 120));
            var minute = 15 * (1 + random.Next(8));
            var check = started + Duration.FromMinutes(minute);
            var recipients = new List<Guid> { withPrompts[random.Next(withPrompts.Length)] };
            if (random.Next(2) == 0)
            {
                recipients.Add(withPrompts[random.Next(withPrompts.Length)]);
            }

            foreach (var person in recipients)
            {
                prompts.Add(new DosingDayPrompt(person, $"{session}:c{minute}", check));
                if (random.Next(3) == 0)
                {
                    prompts.Add(new DosingDayPrompt(person, $"{session}:bp", started + Duration.FromMinutes(40)));
                }
            }
        }

        return prompts.ToArray();
    }
}
