namespace Lantern.Web.Platform.People;

/// <summary>
/// Loads people's <see cref="Person"/> details, one query per person per request. This is how a feature reads another
/// person's zone, name or crisis country — only after the access check has admitted the caller to that person
/// (<see cref="HealthDataAccess.OpenPatientAsync"/> does both); the signed-in person is <see cref="CurrentPerson"/>.
/// </summary>
public sealed class PeopleDirectory(LanternDbContext db, TimeProvider time)
{
    private readonly Dictionary<Guid, Person?> _loaded = [];

    /// <summary>The person, or <see cref="RecordNotFoundException"/> when there is no such account.</summary>
    public async Task<Person> GetAsync(Guid id, CancellationToken ct) => await FindAsync(id, ct) ?? throw new RecordNotFoundException();

    /// <summary>The person, or null when there is no such account.</summary>
    public async Task<Person?> FindAsync(Guid id, CancellationToken ct)
    {
        if (_loaded.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.DisplayName, u.Email, u.Role, u.TimeZone, u.CrisisCountry, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(ct);
        var person = row is null ? null : Load(id, row.DisplayName, row.Email, row.Role, row.TimeZone, row.CrisisCountry, row.TwoFactorEnabled);
        _loaded[id] = person;
        return person;
    }

    /// <summary>
    /// Loads many people in one query (a caseload), so that <see cref="GetAsync"/> for each of them is answered from
    /// this request's cache. Only for people the caller has already been admitted to.
    /// </summary>
    public async Task LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !_loaded.ContainsKey(id)).Distinct().ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var rows = await db.Users.AsNoTracking()
            .Where(u => missing.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.Role, u.TimeZone, u.CrisisCountry, u.TwoFactorEnabled })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            _loaded[row.Id] = Load(row.Id, row.DisplayName, row.Email, row.Role, row.TimeZone, row.CrisisCountry, row.TwoFactorEnabled);
        }
    }

    private Person Load(Guid id, string displayName, string? email, Identity.UserRole role, string timeZone, string? crisisCountry, bool twoFactor)
    {
        var zone = TimeZones.IsValid(timeZone) ? timeZone : "UTC";
        return new Person(id, displayName, email, role, zone, crisisCountry, twoFactor, LocalTime.Today(time, zone));
    }
}
