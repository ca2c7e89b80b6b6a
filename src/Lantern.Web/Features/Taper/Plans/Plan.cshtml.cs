using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>The event form: what the person did, as text so it can be shown back when something is wrong.</summary>
public sealed class EventFormInput
{
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public string? DoseTakenMg { get; set; }
    public string? StepPercent { get; set; }
    public string? OccupancyDropPoints { get; set; }
    public int? Version { get; set; }

    public RecordTaperEventRequest ToRequest()
    {
        var errors = new FieldErrors();
        var request = new RecordTaperEventRequest(
            Kind,
            FormText.Date(Date, "date", errors),
            FormText.Number(DoseTakenMg, "doseTakenMg", errors),
            FormText.Number(StepPercent, "stepPercent", errors),
            FormText.Number(OccupancyDropPoints, "occupancyDropPoints", errors),
            Version);
        errors.ThrowIfAny();

        return request;
    }
}

/// <summary>
/// A saved plan: summary, charts, schedule, what has been recorded, and forms to record a step, a hold, smaller
/// steps or a step back. Anyone the patient shares their taper with can read it; only the patient can change it.
/// </summary>
public sealed class PlanModel(GetTaperPlanHandler get, RecordTaperEventHandler record, DeleteTaperPlanHandler delete) : FormPageModel
{
    public override string FieldId(string key, string formId) => TaperFields.Id(key, formId);

    [BindProperty]
    public EventFormInput Event { get; set; } = new();

    public SavedPlan Saved { get; private set; } = null!;
    public Person Me { get; private set; } = null!;
    public bool IsOwner => Saved.IsOwnedBy(Me.Id);

    /// <summary>Which event form the errors belong to, so they show beside the right one.</summary>
    public string? FailedKind { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostEventAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            await record.HandleAsync(id, Event.ToRequest(), ct);
            Message = $"Recorded: {TaperText.EventKindName(Event.Kind ?? string.Empty).ToLowerInvariant()}. The steps after it have been worked out again.";
            return RedirectToPage(new { id });
        }, async () =>
        {
            FailedKind = Event.Kind;
            await LoadAsync(id, ct);
        }, prefix: "Event", onConflict: _ => AddFormMessage(
            "The plan changed while you were looking at it. Nothing was saved: check the plan below and try again."));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            await LoadAsync(id, ct);
            ModelState.AddModelError("Delete.Confirm", "Tick the box to confirm you want to delete this plan.");
            return Page();
        }

        await delete.HandleAsync(id, ct);
        TempData["Message"] = "Plan deleted.";
        return RedirectToPage("/Taper/Index");
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Saved = await get.HandleAsync(id, ct);
        Me = await CurrentPerson.GetAsync(ct);
    }
}
