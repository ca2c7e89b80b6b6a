using Lantern.Clinical.Ketamine;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>
/// Plan a course: route, provider, the dose as the prescriber wrote it, and dates typed by hand or filled from a preset
/// that then shows its evidence status. Without JavaScript every step is a plain form post that keeps what was typed.
/// </summary>
public sealed class NewCourseModel(CreateCourseHandler create) : FormPageModel
{
    [BindProperty]
    public CourseFormInput Input { get; set; } = new();

    public string? Filled { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = (await CurrentPerson.GetAsync(ct)).Today;
        Input.FirstDate = LocalTime.Iso(today.AddDays(1));
        Input.Time = SessionTimes.Time(SessionLimits.DefaultTime);
        Input.PadRows(CourseFormInput.StartingRows);
    }

    /// <summary>Fills the date rows from the chosen preset; the person then checks and edits them before saving.</summary>
    public async Task<IActionResult> OnPostFillAsync(CancellationToken ct)
    {
        var today = (await CurrentPerson.GetAsync(ct)).Today;
        var errors = new FieldErrors();
        var preset = CreateCourseHandler.ParsePreset(Input.Preset, errors);
        if (preset is null && !errors.Has("preset"))
        {
            errors.Add("preset", "Choose a pattern to fill in the dates from.");
        }

        var first = CourseInput.Planned(Input.FirstDate, Input.Time, "firstDate", "time", today, errors);
        if (errors.Any)
        {
            AddErrors(errors.ToException(), prefix: null);
        }
        else
        {
            Input.Sessions = [.. preset!.Dates(first!.Value.Date).Select(d => new DateRow { Date = LocalTime.Iso(d), Time = SessionTimes.Time(first.Value.Time) })];
            Input.Route ??= preset.Route.ToCode();
            Filled = $"{preset.SessionCount} dates filled in. Check each one against your provider's schedule, change any that differ, then save.";
        }

        Input.PadRows(CourseFormInput.StartingRows);
        return Page();
    }

    public IActionResult OnPostMoreRows()
    {
        Input.PadRows(Input.Sessions.Count + CourseFormInput.StartingRows);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var rows = Input.FilledRows();
        return await SubmitAsync(async () =>
        {
            var course = await create.HandleAsync(new CreateCourseRequest(
                Input.Route, Input.ProviderName, Input.ProviderPhone, Input.ProviderContact, Input.PrescribedDose, Input.Preset, null, null,
                [.. rows.Select(r => new PlannedSessionInput(r.Value.Date, r.Value.Time))]), ct);
            TempData["Message"] = "Course saved.";
            return Redirect($"/sessions/courses/{course.Id}");
        }, onRefused: () =>
        {
            Input.PadRows(CourseFormInput.StartingRows);
            return Task.CompletedTask;
        }, prefix: null, rename: FormRows.ItemToRow("sessions", [.. rows.Select(r => r.Row)]));
    }

    /// <summary>The messages of a date row (its date and its time) as one line; empty when the row is fine.</summary>
    public string RowError(int row) =>
        string.Join(" ", new[] { ErrorFor($"sessions[{row}].date"), ErrorFor($"sessions[{row}].time") }.OfType<string>());
}
