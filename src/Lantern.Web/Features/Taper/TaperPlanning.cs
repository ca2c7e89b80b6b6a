using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Web.Features.Taper;

/// <summary>The one way the web side calls the planner: every clinical input error becomes a field error.</summary>
public static class TaperPlanning
{
    /// <exception cref="Platform.Http.ValidationFailedException">The request is not valid; every field is named.</exception>
    public static TaperSchedule Plan(TaperRequest request, IReadOnlyList<InputError>? moreErrors = null, Func<string, string>? rename = null)
    {
        var errors = TaperPlanner.Validate(request).Concat(moreErrors ?? []).ToArray();
        TaperErrors.ThrowIfAny(errors, rename);
        try
        {
            return TaperPlanner.Plan(request);
        }
        catch (ClinicalInputException e)
        {
            throw TaperErrors.ToValidationFailure(e.Errors, rename);
        }
    }
}
