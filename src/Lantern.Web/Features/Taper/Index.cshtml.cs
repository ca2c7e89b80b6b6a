using Lantern.Web.Features.Taper.Medicines;
using Lantern.Web.Features.Taper.Plans;

namespace Lantern.Web.Features.Taper;

/// <summary>The taper home: the person's medicines and plans, and where to start.</summary>
public sealed class TaperIndexModel(ListMedicationsHandler medications, ListTaperPlansHandler plans) : FormPageModel
{
    public IReadOnlyList<MedicationResponse> Medications { get; private set; } = [];
    public IReadOnlyList<TaperPlanSummary> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Medications = await medications.HandleAsync(null, ct);
        Plans = await plans.HandleAsync(null, ct);
    }
}
