using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Account;

/// <summary>Account and security: password, two-step sign-in status, and the person's active sessions.</summary>
public sealed class SecurityModel(ActiveSessionsHandler sessions, ChangePasswordHandler changePassword) : FormPageModel
{
    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Person Me { get; private set; } = null!;
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await changePassword.HandleAsync(new ChangePasswordRequest(Input.CurrentPassword, Input.NewPassword), ct);
            Message = "Your password is changed. Every other device has been signed out.";
            return RedirectToPage();
        }, onRefused: () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostEndSessionAsync(Guid id, CancellationToken ct)
    {
        await sessions.EndAsync(id, ct);
        Message = "That session has been signed out.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndOthersAsync(CancellationToken ct)
    {
        await sessions.EndOthersAsync(ct);
        Message = "Every other device has been signed out.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await CurrentPerson.GetAsync(ct);
        Sessions = await sessions.ListAsync(ct);
    }
}
