namespace Lantern.Web.Features.Sessions;

/// <summary>
/// The feature's tables, reached through <c>Set&lt;T&gt;()</c> so the shared context gains no DbSets; reads of health
/// data still go through <c>HealthDataAccess</c>.
/// </summary>
internal static class SessionData
{
    public static IQueryable<KetamineCourse> Courses(this LanternDbContext db) => db.Set<KetamineCourse>();

    public static IQueryable<DosingSession> DosingSessions(this LanternDbContext db) => db.Set<DosingSession>();

    public static IQueryable<SessionVital> SessionVitals(this LanternDbContext db) => db.Set<SessionVital>();

    public static IQueryable<SupportCheck> SupportChecks(this LanternDbContext db) => db.Set<SupportCheck>();

    public static IQueryable<SideEffectReport> SideEffectReports(this LanternDbContext db) => db.Set<SideEffectReport>();

    public static IQueryable<IntegrationEntry> IntegrationEntries(this LanternDbContext db) => db.Set<IntegrationEntry>();
}
