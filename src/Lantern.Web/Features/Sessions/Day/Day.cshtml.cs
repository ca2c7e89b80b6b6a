using Lantern.Web.Platform.Sessions;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions.Day;

/// <summary>
/// Dosing-day mode: large type, few things on screen. The time since the dose and every prompt are computed here on the
/// server, so the page is right with JavaScript off (sessions.js only keeps the clock ticking between loads). The
/// patient and their named support person log the 15-minute checks; the patient records the 40-minute blood pressure
/// and finishes with "how are you now". "I need help" is always on screen. A red flag answers on this same response,
/// crisis route first. Shown to the patient while the session runs, it keeps their sign-in open for the day
/// (<see cref="DosingDayHold"/>).
/// </summary>
public sealed class DayModel(
    SessionReader reader,
    RecordSupportCheckHandler checks,
    RecordVitalsHandler vitals,
    FinishSessionHandler finish,
    LanternDbContext db,
    SessionHolds holds,
    TimeProvider time) : SessionPageModel(vitals, time)
{
    [BindProperty]
    public CheckInput Check { get; set; } = new();

    [BindProperty]
    public FinishInput Finish { get; set; } = new();

    public string? Message { get; private set; }
    public string PatientName { get; private set; } = "the patient";

    public MonitoringResponse? Monitoring => Session.Monitoring;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Bundle.IsOwner && Session.State == "planned")
        {
            return Redirect($"/sessions/{id}");
        }

        if (Bundle.IsOwner && Session.State == "finished")
        {
            return Redirect($"/sessions/{id}/after");
        }

        Message = Saved == "check" ? "Check saved. Thank you." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            var saved = await checks.HandleAsync(id, Check.ToRequest(), ct);
            if (saved.Safety.Flags.Count == 0 && Check.Calmness != "very-distressed")
            {
                return Redirect($"/sessions/{id}/day?saved=check#check-title");
            }

            Safety = saved.Safety;
            Message = saved.Message;
            Check = new CheckInput();
            return null;
        }, () => LoadAsync(id, ct), prefix: null);
    }

    public async Task<IActionResult> OnPostReadingAsync(Guid id, CancellationToken ct)
    {
        return await SaveReadingAsync(id, () => LoadAsync(id, ct), ct);
    }

    public async Task<IActionResult> OnPostFinishAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            await finish.HandleAsync(id, Finish.ToRequest(), ct);
            return Redirect($"/sessions/{id}/after?saved=finished");
        }, () => LoadAsync(id, ct), prefix: null);
    }

    public string CheckHeading => Monitoring switch
    {
        null => "Checks",
        { CheckDue: true } => "Time for a check",
        { } m => $"Next check at {LocalTime.ClockTime(m.NextCheckAt, Session.TimeZone)} (in {SessionTimes.Duration(m.MinutesUntilNextCheck)})",
    };

    public string BloodPressureHeading => Monitoring switch
    {
        null => "Blood pressure",
        { BloodPressureDue: true } => "Time to measure your blood pressure",
        { BloodPressureRecorded: true } => "Blood pressure after the dose: recorded",
        { } m => $"At {LocalTime.ClockTime(m.BloodPressureAt, Session.TimeZone)}, measure your blood pressure",
    };

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Show(await reader.ReadAsync(id, ct));
        if (Bundle.IsOwner && Bundle.Session.State == SessionState.Started)
        {
            // This page then sits quietly for hours; it keeps the patient's sign-in (on this device only) for the day.
            await holds.EarnAsync(DosingDayHold.HoldName, ct);
        }

        if (!Bundle.IsOwner)
        {
            // A name is not health data; the support person needs to know whose session this is.
            PatientName = await db.Users.AsNoTracking().Where(u => u.Id == Bundle.Session.PatientId).Select(u => u.DisplayName).FirstAsync(ct);
        }
    }
}
