using Lantern.Clinical.Ketamine;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>One checklist item on the edit form.</summary>
public sealed class ChecklistRow
{
    public string? Code { get; set; }
    public string? Text { get; set; }
    public bool Remove { get; set; }
}

/// <summary>The clinician's blood-pressure levels as typed.</summary>
public sealed class ThresholdsRow
{
    public string? CheckSystolic { get; set; }
    public string? CheckDiastolic { get; set; }
    public string? UrgentSystolic { get; set; }
    public string? UrgentDiastolic { get; set; }
    public string? SetBy { get; set; }
    public bool UseDefaults { get; set; }

    public bool IsEmpty => new[] { CheckSystolic, CheckDiastolic, UrgentSystolic, UrgentDiastolic, SetBy }.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Edit a course: details, the pre-session checklist (reword, remove, add; the blood-pressure item stays), and
/// blood-pressure levels a clinician set for this person, with their name.
/// </summary>
public sealed class EditCourseModel(GetCourseHandler get, UpdateCourseHandler update) : FormPageModel
{
    [BindProperty]
    public CourseFormInput Input { get; set; } = new();

    [BindProperty]
    public List<ChecklistRow> Checklist { get; set; } = [];

    [BindProperty]
    public string? NewItem { get; set; }

    [BindProperty]
    public ThresholdsRow Levels { get; set; } = new();

    public CourseResponse Course { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Course = (await get.ReadOwnedAsync(id, ct)).ToResponse();
        Input = new CourseFormInput
        {
            Route = Course.Route,
            ProviderName = Course.Provider.Name,
            ProviderPhone = Course.Provider.Phone,
            ProviderContact = Course.Provider.Contact,
            PrescribedDose = Course.PrescribedDose,
        };
        Checklist = [.. Course.Checklist.Select(i => new ChecklistRow { Code = i.Code, Text = i.Text })];
        if (Course.Thresholds.Origin == "clinician-override")
        {
            Levels = new ThresholdsRow
            {
                CheckSystolic = N(Course.Thresholds.CheckSystolicAtOrAbove),
                CheckDiastolic = N(Course.Thresholds.CheckDiastolicAtOrAbove),
                UrgentSystolic = N(Course.Thresholds.UrgentSystolicAbove),
                UrgentDiastolic = N(Course.Thresholds.UrgentDiastolicAbove),
                SetBy = Course.Thresholds.SetBy,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Course = (await get.ReadOwnedAsync(id, ct)).ToResponse();
        var keptRows = Checklist.Select((row, index) => (Row: row, Index: index))
            .Where(r => !r.Row.Remove || SessionChecklist.DefaultFor(r.Row.Code ?? string.Empty)?.CanRemove == false)
            .ToList();
        var kept = keptRows.Select(r => new ChecklistItemData(r.Row.Code ?? string.Empty, r.Row.Text ?? string.Empty)).ToList();
        var rowOfItem = keptRows.Select(r => r.Index).ToList();
        if (!string.IsNullOrWhiteSpace(NewItem))
        {
            kept.Add(new ChecklistItemData(CourseChecklist.NextCustomCode(kept.Select(k => k.Code)), NewItem));
            rowOfItem.Add(Checklist.Count);
        }

        var levelErrors = new FieldErrors();
        var thresholds = Levels.UseDefaults || Levels.IsEmpty
            ? null
            : new ThresholdsInput(Int(Levels.CheckSystolic, "thresholds.checkSystolicAtOrAbove", levelErrors), Int(Levels.CheckDiastolic, "thresholds.checkDiastolicAtOrAbove", levelErrors),
                Int(Levels.UrgentSystolic, "thresholds.urgentSystolicAbove", levelErrors), Int(Levels.UrgentDiastolic, "thresholds.urgentDiastolicAbove", levelErrors), Levels.SetBy);
        return await SubmitAsync(async () =>
        {
            levelErrors.ThrowIfAny();

            await update.HandleAsync(id, new UpdateCourseRequest(Input.Route, Input.ProviderName, Input.ProviderPhone, Input.ProviderContact,
                Input.PrescribedDose, kept, thresholds, Levels.UseDefaults || Levels.IsEmpty), ct);
            TempData["Message"] = "Course saved.";
            return Redirect($"/sessions/courses/{id}");
        }, prefix: null, rename: FormRows.ItemToRow("checklist", rowOfItem));
    }

    /// <summary>A whole number typed in a levels box; anything else is reported on that box, and the request never sent.</summary>
    private static int? Int(string? text, string field, FieldErrors errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Give a whole number in mmHg, for example 140.");
        }

        return null;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
