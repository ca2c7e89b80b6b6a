namespace Lantern.Web.Platform.Demo;

/// <summary>
/// Demo data one feature adds for the demo accounts (Development only, with <c>Lantern:SeedDemoData</c>). A feature
/// registers its implementation in its setup; <see cref="DemoSeeder"/> creates the accounts, then runs every one in
/// <see cref="Order"/>. Each must be safe to run on every start: it adds nothing when its data is already there.
/// </summary>
public interface IDemoData
{
    /// <summary>Lower runs first: a patient's own records before the care team that is shown them.</summary>
    int Order { get; }

    /// <summary>Adds this feature's demo records for <paramref name="accounts"/>, unless they are there already.</summary>
    Task SeedAsync(DemoAccounts accounts, CancellationToken ct);
}

/// <summary>The demo accounts as they are in the database, and the one random stream their invented history draws from.</summary>
public sealed record DemoAccounts(DemoPerson Patient, DemoPerson Caregiver, DemoPerson Therapist)
{
    /// <summary>
    /// One seeded stream that every <see cref="IDemoData"/> draws from in <see cref="IDemoData.Order"/>, so the demo
    /// history comes out the same on every first run, and the same as when one class wrote all of it.
    /// </summary>
    public Random Random { get; } = new(2026);
}

/// <summary>One demo account: its id and IANA time zone.</summary>
public sealed record DemoPerson(Guid Id, string TimeZone);
