namespace Lantern.Web.Features.Taper;

/// <summary>
/// The feature's tables. They are reached with <c>Set&lt;T&gt;()</c> rather than DbSets on the shared context, so the
/// feature adds nothing to Platform; reads of health data still go through <c>HealthDataAccess</c>.
/// </summary>
internal static class TaperData
{
    public static IQueryable<Medication> Medications(this LanternDbContext db) => db.Set<Medication>();

    public static IQueryable<TaperPlan> TaperPlans(this LanternDbContext db) => db.Set<TaperPlan>();

    public static IQueryable<TaperPlanEvent> TaperPlanEvents(this LanternDbContext db) => db.Set<TaperPlanEvent>();

    public static IQueryable<TaperJournalEntry> TaperJournalEntries(this LanternDbContext db) => db.Set<TaperJournalEntry>();

    public static IQueryable<TaperJournalNote> TaperJournalNotes(this LanternDbContext db) => db.Set<TaperJournalNote>();
}
