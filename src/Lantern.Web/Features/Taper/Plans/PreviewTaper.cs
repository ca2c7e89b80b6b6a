using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>
/// Plans a taper without storing anything: the anonymous calculator and the plan builder's preview and comparison.
/// </summary>
public sealed class PreviewTaperHandler(CurrentPerson person)
{
    public TaperSchedule Handle(TaperSettings request) =>
        TaperPlanning.Plan(request.ToRequest(), request.CheckDates(person.TodayUtc()));
}
