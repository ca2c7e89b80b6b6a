using Lantern.Web.Features.Taper.Plans;

namespace Lantern.Web.Features.Taper.Export;

/// <summary>
/// The plan laid out for paper: one page for a typical plan, with the not-a-prescription line, the hold rule, the
/// occupancy status where it applies, and the schedule. The print stylesheet drops the site's navigation.
/// </summary>
public sealed class PrintModel(GetTaperPlanHandler get) : FormPageModel
{
    public SavedPlan Saved { get; private set; } = null!;
    public Person Me { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Saved = await get.HandleAsync(id, ct);
        Me = await CurrentPerson.GetAsync(ct);
    }
}
