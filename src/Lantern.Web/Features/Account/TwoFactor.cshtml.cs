using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Account;

public sealed class TwoFactorModel(TwoFactorHandler handler) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Code { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TwoFactorStatus Status { get; private set; } = null!;

    /// <summary>Shown once, right after they are made; never stored in readable form.</summary>
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Where the person was going when they were asked to turn this on (an invitation), to go on to after.</summary>
    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public string? ContinueTo => Lantern.Web.Platform.Http.LocalUrl.IsLocal(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : null;

    public string QrImageDataUri => "data:image/svg+xml;base64," +
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TwoFactorHandler.QrSvg(Status.AuthenticatorUri!)));

    public async Task OnGetAsync(CancellationToken ct) => Status = await handler.GetStatusAsync(ct);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct) =>
        await RunAsync(async () => NewRecoveryCodes = (await handler.EnableAsync(new EnableTwoFactorRequest(Input.Code), ct)).RecoveryCodes,
            "Two-step sign-in is on. Other devices have been signed out.", ct);

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct) =>
        await RunAsync(async () => NewRecoveryCodes = (await handler.RegenerateRecoveryCodesAsync(new PasswordConfirmation(Input.Password), ct)).RecoveryCodes,
            "New recovery codes are ready. The old ones no longer work.", ct);

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        await RunAsync(() => handler.DisableAsync(new PasswordConfirmation(Input.Password), ct),
            "Two-step sign-in is off. Other devices have been signed out.", ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, string success, CancellationToken ct)
    {
        if (await TryAsync(action))
        {
            Message = success;
        }

        Input = new InputModel();
        Status = await handler.GetStatusAsync(ct);
        return Page();
    }
}
