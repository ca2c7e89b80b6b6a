using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Account;

/// <summary>
/// Opening the e-mailed link shows a button; confirming is a POST, so mail scanners that follow links
/// cannot confirm (or sign in) on someone's behalf.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(ConfirmEmailHandler handler) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await handler.HandleAsync(new ConfirmEmailRequest(UserId, Token), ct);
            return Redirect("/");
        }, onRefused: () =>
        {
            Problem = FirstError();
            return Task.CompletedTask;
        });
    }
}
