using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.CareTeam;

/// <summary>Opening an invitation link: see what will be shared, then accept (a POST, so link scanners cannot).</summary>
public sealed class AcceptModel(AcceptInvitationHandler handler) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    public InvitationPreview? Preview { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Preview = await handler.PreviewAsync(Token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            var accepted = await handler.AcceptAsync(Token, ct);
            return Redirect($"/care-team/patients/{accepted.PatientId}");
        }, onRefused: async () =>
        {
            Problem = FirstError();
            Preview = await handler.PreviewAsync(Token, ct);
        });
    }
}
