using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Crisis;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Journey;

/// <summary>What the journey features need to know about a patient: whose day it is and which crisis lines apply.</summary>
public sealed record PatientProfile(Guid Id, string TimeZone, string? CrisisCountry, string DisplayName) : ICrisisPlace
{
    /// <summary>The patient's calendar date now, in their own IANA zone (not the server's).</summary>
    public DateOnly Today(TimeProvider time) => TimeZones.LocalDate(time.GetUtcNow(), TimeZone);
}

public sealed class PatientProfiles(LanternDbContext db)
{
    private readonly Dictionary<Guid, PatientProfile> _loaded = [];

    /// <summary>One query per person per request; callers must already have checked access to <paramref name="patientId"/>.</summary>
    public async Task<PatientProfile> GetAsync(Guid patientId, CancellationToken ct)
    {
        if (_loaded.TryGetValue(patientId, out var cached))
        {
            return cached;
        }

        var profile = await db.Users.AsNoTracking()
            .Where(u => u.Id == patientId)
            .Select(u => new PatientProfile(u.Id, u.TimeZone, u.CrisisCountry, u.DisplayName))
            .FirstOrDefaultAsync(ct) ?? throw new RecordNotFoundException();
        _loaded[patientId] = profile;
        return profile;
    }
}
