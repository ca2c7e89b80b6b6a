using System.Text;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Export;

/// <summary>
/// The proposed step dates as an iCalendar file of all-day events. Titles say only "Lantern taper step", because
/// calendars show titles on lock screens and shared views; the dose and the hold rule are in the description.
/// </summary>
public sealed class ExportPlanCalendarHandler(SavedPlanReader reader, ExportAudit audit, TimeProvider time)
{
    public async Task<PlanExport> HandleAsync(Guid id, CancellationToken ct)
    {
        var saved = await reader.ReadAsync(id, ct);
        audit.Record(saved, "ics");
        var text = Write(saved.Plan.Id, saved.Schedule, time.GetUtcNow());
        return new PlanExport(ExportAudit.FileName(saved, "ics"), "text/calendar; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }

    public static string Write(Guid planId, TaperSchedule schedule, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Lantern//Taper plan//EN" };
        var stamp = new CalDateTime(now.UtcDateTime, "UTC", true);
        var proposed = schedule.Steps.Where(s => !s.Kind.IsRecorded()).ToArray();
        for (var i = 0; i < proposed.Length; i++)
        {
            var step = proposed[i];
            var isStop = step.Kind == TaperStepKind.Stop;
            calendar.Events.Add(new CalendarEvent
            {
                // Stable per plan and date, so importing an updated plan replaces the old events instead of adding more.
                Uid = $"{planId:N}-{step.Date:yyyyMMdd}@lantern",
                DtStamp = stamp,
                DtStart = new CalDateTime(step.Date),
                DtEnd = new CalDateTime(step.Date.AddDays(1)),
                Summary = isStop ? "Lantern taper: last step" : $"Lantern taper step {i + 1} of {proposed.Length}",
                Description = Describe(step, schedule),
                Transparency = "TRANSPARENT",
                // Issue 16: a reminder at 09:00 on the step's day (an all-day event starts at midnight where the person
                // is). The alarm's words name no medicine or dose, and say the hold rule comes first.
                Alarms =
                {
                    new Alarm
                    {
                        Action = Ical.Net.AlarmAction.Display,
                        Description = "Lantern: a planned taper step is due today. Check your journal first: if withdrawal symptoms have not settled, hold and talk to your prescriber.",
                        Trigger = new Trigger(Ical.Net.DataTypes.Duration.FromHours(9)),
                    },
                },
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static string Describe(TaperStep step, TaperSchedule schedule)
    {
        var lines = new List<string>
        {
            step.Kind == TaperStepKind.Stop
                ? $"Proposed: stop {schedule.Drug.DisplayName}."
                : $"Proposed new daily dose of {schedule.Drug.DisplayName}: {step.DoseDisplay}.",
        };
        if (TaperText.PhaseStartingAt(schedule, step) is { Kind: not TaperPhaseKind.ChosenForm } phase)
        {
            lines.Add(phase.Text);
        }

        if (step.Kind == TaperStepKind.Stop && schedule.FinalStep is { } last)
        {
            lines.Add(last.Text);
        }

        if (step.OccupancyPercent is { } occupancy && schedule.OccupancyParameters is { } set)
        {
            lines.Add($"Estimated occupancy {TaperText.Percent(occupancy)} % (model parameters: {set.StatusLabel})");
        }

        lines.Add("Make this reduction only if any withdrawal symptoms have settled or are tolerable. If they are not, hold and talk to your prescriber.");
        lines.Add(TaperText.ForDiscussion(schedule));
        return string.Join("\n", lines);
    }
}
