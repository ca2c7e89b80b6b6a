namespace Lantern.Web.Platform.Demo;

/// <summary>
/// Demo records of one kind for the demo patient, spread over the demo history. They are added once: when the patient
/// already has any record of that kind nothing is added, so seeding is safe on every start as <see cref="IDemoData"/> asks.
/// </summary>
public abstract class PatientHistoryDemoData<TRecord>(LanternDbContext db, TimeProvider time) : IDemoData
    where TRecord : class, IPatientOwned
{
    public abstract int Order { get; }

    protected LanternDbContext Db => db;

    public async Task SeedAsync(DemoAccounts accounts, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        if (await db.Set<TRecord>().AnyAsync(r => r.PatientId == patientId, ct))
        {
            return;
        }

        var calendar = DemoCalendar.EndingToday(time, accounts.Patient.TimeZone, DemoCalendar.HistoryDays);
        await AddHistoryAsync(accounts, calendar, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the records, unsaved, for the days <paramref name="calendar"/> spans; the caller saves them.</summary>
    protected abstract Task AddHistoryAsync(DemoAccounts accounts, DemoCalendar calendar, CancellationToken ct);
}
