using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Account.Deletion;

/// <summary>
/// Delete the account (issue 17): what goes and what stays, the cooling-off period, the password (and code) again, and
/// — while the period runs — when it will happen and a button to cancel.
/// </summary>
public sealed class DeleteModel(
    GetAccountDeletionStatusHandler status,
    RequestAccountDeletionHandler request,
    CancelAccountDeletionHandler cancel) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Password { get; set; }
        public string? Code { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Person Me { get; private set; } = null!;
    public AccountDeletionStatus Status { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await SubmitAsync(async () =>
        {
            await request.HandleAsync(new RequestAccountDeletionRequest(Input.Password, Input.Code), ct);
            Message = "Your request is saved. We have sent you an e-mail about it.";
            return RedirectToPage();
        }, onRefused: () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        await SubmitAsync(async () =>
        {
            Message = await cancel.HandleAsync(ct)
                ? "Your account will not be deleted. Everything stays as it was."
                : "There was nothing to cancel: your account is not going to be deleted.";
            return RedirectToPage();
        }, onRefused: () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await CurrentPerson.GetAsync(ct);
        Status = await status.HandleAsync(ct);
    }
}
