namespace Lantern.Web.Features.Taper;

/// <summary>The conflicts of the taper plans (409).</summary>
public static class TaperConflicts
{
    /// <summary>The plan was changed by another request since the caller read it (its version moved on): nothing was saved.</summary>
    public static ConflictException PlanChanged() =>
        new(TaperEndpoints.ChangedTitle, "Nothing was saved. Load the plan again to see the latest version, then make your change.");
}
