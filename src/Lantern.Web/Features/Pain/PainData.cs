namespace Lantern.Web.Features.Pain;

/// <summary>The feature's table, reached with <c>Set&lt;T&gt;()</c> so the feature adds nothing to Platform.</summary>
internal static class PainData
{
    public static IQueryable<OpioidDoseEntry> OpioidDoses(this LanternDbContext db) => db.Set<OpioidDoseEntry>();
}
