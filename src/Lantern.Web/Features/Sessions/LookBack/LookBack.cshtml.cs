using Lantern.Web.Platform.Charts;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions.LookBack;

/// <summary>
/// Look back: one chart of blood pressure before, at 40 minutes and after across sessions (with a table saying the
/// same), and a timeline of sessions with side effects, the next day's mood and journal answers, each shown only under
/// the scope that covers it. <c>?patientId=</c> opens a patient who shares their sessions with the caller.
/// </summary>
public sealed class LookBackModel(GetSessionTimelineHandler timeline, HealthDataAccess access, LanternDbContext db) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "patientId")]
    public Guid? PatientId { get; set; }

    public TimelineResponse Timeline { get; private set; } = null!;
    public ChartView Chart { get; private set; } = null!;
    public bool IsOwn { get; private set; }
    public string? PatientName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Timeline = await timeline.HandleAsync(PatientId, ct);
        Chart = SessionCharts.BloodPressure(Timeline);
        IsOwn = Timeline.PatientId == (await access.GetContextAsync(ct)).UserId;
        if (!IsOwn)
        {
            PatientName = await db.Users.AsNoTracking().Where(u => u.Id == Timeline.PatientId).Select(u => u.DisplayName).FirstAsync(ct);
        }
    }
}
