using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>
/// One course: provider, the prescriber's dose, where the dates came from (with its status), every session, the
/// calendar download, adding a booster and deleting the course. Someone the patient shares sessions with sees it
/// read-only; every change is the patient's.
/// </summary>
public sealed class CourseModel(GetCourseHandler get, AddCourseSessionHandler add, DeleteCourseHandler delete) : FormPageModel
{
    [BindProperty]
    public DateRow Booster { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public CourseResponse Course { get; private set; } = null!;
    public bool IsOwner { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Message = TempData["Message"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostBoosterAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await add.HandleAsync(id, new AddCourseSessionRequest(Booster.Date, Booster.Time, true), ct);
            TempData["Message"] = "Booster session added.";
            return Redirect($"/sessions/courses/{id}");
        }, onRefused: () => LoadAsync(id, ct), prefix: null, rename: field => "booster-" + field);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!ConfirmDelete)
        {
            ModelState.AddModelError("confirmDelete", "Tick the box to confirm: deleting removes every session and what you recorded in them.");
            await LoadAsync(id, ct);
            return Page();
        }

        await delete.HandleAsync(id, ct);
        return Redirect("/sessions");
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var bundle = await get.ReadAsync(id, ct);
        Course = bundle.ToResponse();
        IsOwner = bundle.Course.PatientId == CurrentPerson.Id;
    }
}
