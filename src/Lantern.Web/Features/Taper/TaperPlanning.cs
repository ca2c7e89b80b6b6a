using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Web.Features.Taper;

/// <summary>The one way the web side calls the planner: every clinical input error becomes a field error.</summary>
public static class TaperPlanning
{
    /// <exception cref="ValidationFailedException">The request is not valid; every field is named.</exception>
    public static TaperSchedule Plan(TaperRequest request, IReadOnlyList<InputError>? moreErrors = null, Func<string, string>? rename = null)
    {
        FieldErrors.Check(TaperPlanner.Validate(request).Concat(moreErrors ?? []), rename);
        return rename is null ? TaperPlanner.Plan(request) : FieldErrors.Renaming(rename, () => TaperPlanner.Plan(request));
    }
}
