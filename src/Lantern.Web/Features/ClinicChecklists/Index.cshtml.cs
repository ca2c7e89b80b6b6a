using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>The signed-in person's saved checklists, compared side by side. Same handler as GET /api/v1/clinic-checklists.</summary>
public sealed class IndexModel(ListClinicChecklistsHandler list) : PageModel
{
    public const string MessageKey = "ChecklistMessage";

    public IReadOnlyList<ClinicChecklistResponse> Checklists { get; private set; } = [];

    [TempData(Key = MessageKey)]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Checklists = await list.HandleAsync(ct);
}
