using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Reminders.Devices;

/// <summary>
/// The devices that get a person's notifications: each listed with a Remove button (a form, no JavaScript needed);
/// adding this device needs the browser's push service, so that button is js/push.js's, shown only where it can work.
/// </summary>
public sealed class DevicesModel(ListPushDevicesHandler list, RemovePushDeviceHandler remove) : FormPageModel
{
    public const string RemindersPage = "/account/reminders";

    public Person Me { get; private set; } = null!;

    public IReadOnlyList<PushDeviceResponse> Devices { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>Set by js/push.js after it added this device, so the reloaded list says so.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Added)
        {
            Message ??= "This device will now get your notifications.";
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        await remove.HandleAsync(id, ct);
        Message = "That device will not get notifications any more.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await CurrentPerson.GetAsync(ct);
        Devices = await list.HandleAsync(ct);
    }
}
