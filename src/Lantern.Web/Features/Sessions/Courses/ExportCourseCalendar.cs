using System.Text;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>A downloaded file.</summary>
public sealed record CourseExport(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The planned sessions as an iCalendar file. Each start is written in the patient's own zone (TZID) with a VTIMEZONE
/// block, so a 10:00 session stays 10:00 on both sides of a DST change in Google, Apple and Outlook calendars. Titles
/// say only "Lantern session", because calendars show titles on lock screens and shared views; the provider's number
/// and the reminders are in the description. The dose is never written to the file.
/// </summary>
public sealed class ExportCourseCalendarHandler(GetCourseHandler courses, AuditLog audit, HealthDataAccess access, IOptions<LanternOptions> options,
    TimeProvider time, ILogger<ExportCourseCalendarHandler> logger)
{
    public async Task<CourseExport> HandleAsync(Guid id, CancellationToken ct)
    {
        var bundle = await courses.ReadAsync(id, ct);
        // Every export is audited, the patient's own too: the file leaves Lantern's access control once downloaded.
        audit.Record(AuditAction.RecordExported, (await access.GetContextAsync(ct)).UserId, bundle.Course.PatientId, nameof(KetamineCourse),
            bundle.Course.Id.ToString(), AuditOutcome.Success);
        SessionsLog.CourseExported(logger, bundle.Course.Id, "ics");
        var text = Write(bundle, options.Value.PublicBaseUrl, time.GetUtcNow());
        var first = bundle.Sessions.Count > 0 ? bundle.Sessions[0].PlannedDate : (DateOnly?)null;
        var name = first is { } date ? $"lantern-sessions-{Platform.Time.LocalTime.Iso(date)}.ics" : "lantern-sessions.ics";
        return new CourseExport(name, "text/calendar; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }

    public static string Write(CourseBundle bundle, string baseUrl, DateTimeOffset now)
    {
        var zoneId = Platform.Time.TimeZones.IsValid(bundle.Profile.TimeZone) ? bundle.Profile.TimeZone : "UTC";
        var calendar = new Calendar { ProductId = "-//Lantern//Ketamine sessions//EN" };
        var upcoming = bundle.Sessions.Where(s => s.State is SessionState.Planned or SessionState.Started).ToArray();
        if (upcoming.Length > 0)
        {
            // Rules from a year before the first session cover every DST change the events can meet.
            calendar.AddTimeZone(zoneId, upcoming.Min(s => s.PlannedDate).AddDays(-365).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);
        }

        var stamp = new CalDateTime(now.UtcDateTime, "UTC", true);
        var labels = SessionNumbering.Labels(bundle.Sessions);
        var courseLength = SessionNumbering.CourseLength(bundle.Sessions.Select(s => (s.IsBooster, s.State == SessionState.Cancelled)));
        foreach (var session in upcoming)
        {
            var start = new LocalDateTime(session.PlannedDate.Year, session.PlannedDate.Month, session.PlannedDate.Day,
                session.PlannedTime.Hour, session.PlannedTime.Minute);
            var end = start.Plus(NodaTime.Period.FromMinutes((long)SessionLimits.CalendarDuration.TotalMinutes));
            calendar.Events.Add(new CalendarEvent
            {
                // One id per session: importing the file again updates the events instead of adding copies.
                Uid = $"{session.Id:N}@lantern",
                DtStamp = stamp,
                DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, zoneId),
                DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, zoneId),
                Summary = session.IsBooster ? $"Lantern {labels[session.Id].ToLowerInvariant()}" : $"Lantern {labels[session.Id].ToLowerInvariant()} of {courseLength}",
                Description = Describe(bundle.Course, session, baseUrl),
                // Issue 16: the calendar reminds the day before (arrange the ride home) and two hours before (blood
                // pressure and the checklist). Words only about getting ready: no medicine or dose in an alarm.
                Alarms =
                {
                    new Alarm { Action = Ical.Net.AlarmAction.Display, Description = "Lantern session tomorrow: arrange your ride home and someone to be with you.", Trigger = new Trigger(Ical.Net.DataTypes.Duration.FromDays(-1)) },
                    new Alarm { Action = Ical.Net.AlarmAction.Display, Description = "Lantern session in two hours: measure your blood pressure and go through your checklist.", Trigger = new Trigger(Ical.Net.DataTypes.Duration.FromHours(-2)) },
                },
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static string Describe(KetamineCourse course, DosingSession session, string baseUrl) => string.Join("\n",
        "Before you start: measure your blood pressure and record it in Lantern, and go through your checklist.",
        "No driving until tomorrow, after a night's sleep. Arrange your ride home.",
        $"Provider: {course.ProviderName}, {course.ProviderPhone}",
        $"Open this session in Lantern: {baseUrl.TrimEnd('/')}/sessions/{session.Id}");
}
