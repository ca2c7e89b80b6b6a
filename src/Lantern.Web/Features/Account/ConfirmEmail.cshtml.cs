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

    /// <summary>Where to go once confirmed: the invitation the person signed up to accept, or home.</summary>
    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await handler.HandleAsync(new ConfirmEmailRequest(UserId, Token), ct);
            return LocalRedirect(Lantern.Web.Platform.Http.LocalUrl.OrHome(ReturnUrl));
        }, onRefused: () =>
        {
            Problem = FirstError();
            return Task.CompletedTask;
        });
    }
}
