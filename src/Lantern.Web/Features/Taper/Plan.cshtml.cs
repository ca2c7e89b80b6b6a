using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper;

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
        var errors = new Dictionary<string, string[]>();
        var request = new RecordTaperEventRequest(
            Kind,
            FormValues.ReadDate(Date, "date", errors),
            FormValues.ReadDecimal(DoseTakenMg, "doseTakenMg", errors),
            FormValues.ReadDecimal(StepPercent, "stepPercent", errors),
            FormValues.ReadDecimal(OccupancyDropPoints, "occupancyDropPoints", errors),
            Version);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return request;
    }
}

/// <summary>
/// A saved plan: summary, charts, schedule, what has been recorded, and forms to record a step, a hold, smaller
/// steps or a step back. Anyone the patient shares their taper with can read it; only the patient can change it.
/// </summary>
public sealed class PlanModel(GetTaperPlanHandler get, RecordTaperEventHandler record, DeleteTaperPlanHandler delete, CurrentPerson person) : TaperPageModel
{
    [BindProperty]
    public EventFormInput Event { get; set; } = new();

    public SavedPlan Saved { get; private set; } = null!;
    public PersonDetails Me { get; private set; } = null!;
    public bool IsOwner => Saved.IsOwnedBy(Me.Id);

    /// <summary>Which event form the errors belong to, so they show beside the right one.</summary>
    public string? FailedKind { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostEventAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await record.HandleAsync(id, Event.ToRequest(), ct);
            Message = $"Recorded: {TaperText.EventKindName(Event.Kind ?? string.Empty).ToLowerInvariant()}. The steps after it have been worked out again.";
            return RedirectToPage(new { id });
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Event");
            FailedKind = Event.Kind;
        }
        catch (PlanChangedException)
        {
            ModelState.AddModelError(string.Empty, "The plan changed while you were looking at it. Nothing was saved: check the plan below and try again.");
            FailedKind = Event.Kind;
        }

        await LoadAsync(id, ct);
        return Page();
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
        Me = await person.GetAsync(ct);
    }
}
