using Lantern.Web.Features.Shared;
using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Account;

/// <summary>Account and security: password, two-step sign-in status, and the person's active sessions.</summary>
public sealed class SecurityModel(UserManager<LanternUser> users, ActiveSessionsHandler sessions, ChangePasswordHandler changePassword) : PageModel
{
    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public LanternUser Me { get; private set; } = null!;
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken ct)
    {
        try
        {
            await changePassword.HandleAsync(new ChangePasswordRequest(Input.CurrentPassword, Input.NewPassword), ct);
            Message = "Your password is changed. Every other device has been signed out.";
            return RedirectToPage();
        }
        catch (ValidationFailedException failure)
        {
            FormErrors.AddTo(ModelState, failure);
            await LoadAsync(ct);
            return Page();
        }
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
        Me = await users.GetUserAsync(User) ?? throw new UnauthorizedAccessException();
        Sessions = await sessions.ListAsync(ct);
    }
}
