using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.CareTeam;

/// <summary>Opening an invitation link: see what will be shared, then accept (a POST, so link scanners cannot).</summary>
public sealed class AcceptModel(AcceptInvitationHandler handler) : PageModel
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
        try
        {
            var accepted = await handler.AcceptAsync(Token, ct);
            return Redirect($"/care-team/patients/{accepted.PatientId}");
        }
        catch (ValidationFailedException failure)
        {
            Problem = failure.Errors.Values.SelectMany(m => m).First();
            Preview = await handler.PreviewAsync(Token, ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }
}
