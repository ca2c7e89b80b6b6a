using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// The private calendar link: make one (shown once), make a new one (the old stops working) or turn it off. Works
/// without JavaScript; a copy button is added by script when it can copy.
/// </summary>
public sealed class CalendarFeedModel(GetCalendarFeedStatusHandler status, MakeCalendarFeedHandler make, TurnOffCalendarFeedHandler turnOff) : FormPageModel
{
    public CalendarFeedStatus Status { get; private set; } = new(false, null);

    /// <summary>The new link, on the one response that shows it; never kept, so a reload cannot show it again.</summary>
    public CalendarFeedLink? NewLink { get; private set; }

    public Person Me { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostMakeAsync(CancellationToken ct)
    {
        // Shown on this response rather than after a redirect, so the secret is never put in a cookie or a later page.
        await TryAsync(async () => NewLink = await make.HandleAsync(ct));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffAsync(CancellationToken ct)
    {
        await turnOff.HandleAsync(ct);
        Message = "Your calendar link is turned off. Calendars that used it will stop showing your Lantern dates when they next look.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await CurrentPerson.GetAsync(ct);
        Status = await status.HandleAsync(ct);
    }
}
