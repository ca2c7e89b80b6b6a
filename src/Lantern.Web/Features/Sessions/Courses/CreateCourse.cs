using Lantern.Clinical.Ketamine;

namespace Lantern.Web.Features.Sessions.Courses;

/// <param name="Route">A route code: at-home-lozenges, iv-infusion, esketamine-nasal-spray, intramuscular, other.</param>
/// <param name="PrescribedDose">The dose exactly as the prescriber wrote it; stored as text, never computed.</param>
/// <param name="Preset">A preset code; with <paramref name="FirstDate"/> and no <paramref name="Sessions"/>, it proposes the dates.</param>
/// <param name="Sessions">The planned dates (and times). When given they are used as they are, preset or not.</param>
public sealed record CreateCourseRequest(
    string? Route,
    string? ProviderName,
    string? ProviderPhone,
    string? ProviderContact,
    string? PrescribedDose,
    string? Preset,
    string? FirstDate,
    string? Time,
    IReadOnlyList<PlannedSessionInput>? Sessions);

/// <summary>
/// Plans a course: who provides it, how it is given, the prescriber's dose as written, and the session dates, typed by
/// hand or filled from a preset (which is labelled with its evidence status and never sets a dose).
/// </summary>
public sealed class CreateCourseHandler(LanternDbContext db, HealthDataAccess access, CurrentPerson person, TimeProvider time, ILogger<CreateCourseHandler> logger)
{
    public async Task<CourseResponse> HandleAsync(CreateCourseRequest request, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var profile = await person.GetAsync(ct);
        var today = profile.Today;

        var errors = new FieldErrors();
        var route = CourseInput.Route(request.Route, errors);
        var providerName = CourseInput.Required(request.ProviderName, SessionLimits.NameMaxLength, "providerName", "Give the name of your provider or clinic.", errors);
        var providerPhone = CourseInput.Phone(request.ProviderPhone, "providerPhone", required: true, errors);
        var providerContact = CourseInput.Optional(request.ProviderContact, SessionLimits.ContactMaxLength, "providerContact", errors);
        var dose = CourseInput.Required(request.PrescribedDose, SessionLimits.DoseMaxLength, "prescribedDose",
            "Write the dose exactly as your prescriber wrote it (for example, from the label or your plan).", errors);
        var preset = ParsePreset(request.Preset, errors);
        var planned = PlannedDates(request, preset, today, errors);
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var course = new KetamineCourse
        {
            PatientId = me.UserId,
            Route = route!,
            ProviderName = providerName!,
            ProviderPhone = providerPhone!,
            ProviderContact = providerContact,
            PrescribedDose = dose!,
            PresetCode = preset?.Code,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(course);
        var sessions = planned.Select(p => new DosingSession
        {
            PatientId = me.UserId,
            CourseId = course.Id,
            PlannedDate = p.Date,
            PlannedTime = p.Time,
            State = SessionState.Planned,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToArray();
        db.AddRange(sessions);
        await db.SaveChangesAsync(ct);
        SessionsLog.CourseCreated(logger, course.Id, sessions.Length);
        return CourseResponse.From(course, sessions, profile.TimeZone, showFreeText: true);
    }

    public static CoursePreset? ParsePreset(string? code, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var preset = CoursePresets.ForCode(code);
        if (preset is null)
        {
            errors.Add("preset", "Unknown preset. Use one of: " + string.Join(", ", CoursePresets.Codes) + ".");
        }

        return preset;
    }

    private static List<(DateOnly Date, TimeOnly Time)> PlannedDates(CreateCourseRequest request, CoursePreset? preset, DateOnly today, FieldErrors errors)
    {
        var planned = new List<(DateOnly Date, TimeOnly Time)>();
        if (request.Sessions is { Count: > 0 } sessions)
        {
            if (sessions.Count > SessionLimits.MaxSessionsPerCourse)
            {
                errors.Add("sessions", $"Plan up to {SessionLimits.MaxSessionsPerCourse} sessions; add boosters later.");
                return planned;
            }

            for (var i = 0; i < sessions.Count; i++)
            {
                if (CourseInput.Planned(sessions[i]?.Date, sessions[i]?.Time, $"sessions[{i}].date", $"sessions[{i}].time", today, errors) is not { } one)
                {
                    continue;
                }

                if (planned.Contains(one))
                {
                    errors.Add($"sessions[{i}].date", "This date and time are already in the list.");
                    continue;
                }

                planned.Add(one);
            }

            return planned;
        }

        if (preset is null)
        {
            errors.Add("sessions", "Give at least one session date, or choose a preset and the first date.");
            return planned;
        }

        if (CourseInput.Planned(request.FirstDate, request.Time, "firstDate", "time", today, errors) is { } first)
        {
            planned.AddRange(preset.Dates(first.Date).Select(d => (d, first.Time)));
        }

        return planned;
    }
}
