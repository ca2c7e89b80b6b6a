using Lantern.Web.Platform.Crisis;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Taper;

/// <summary>The signed-in person's own day, crisis country and name, as the taper pages and printouts need them.</summary>
/// <param name="CrisisCountry">The country they chose for crisis lines, or null; the crisis route falls back to their time zone, never to a default country.</param>
public sealed record PersonDetails(Guid Id, string DisplayName, string TimeZone, string? CrisisCountry, DateOnly Today) : ICrisisPlace;

/// <summary>
/// Works out "today" in the person's IANA time zone (a day starts at their midnight, not the server's); the crisis
/// route chooses their country's lines from what this carries.
/// </summary>
public sealed class CurrentPerson(LanternDbContext db, ICurrentUser currentUser, TimeProvider time)
{
    private PersonDetails? _details;

    public async Task<PersonDetails> GetAsync(CancellationToken ct)
    {
        if (_details is not null)
        {
            return _details;
        }

        var id = currentUser.UserId ?? throw new UnauthorizedAccessException();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.DisplayName, u.TimeZone, u.CrisisCountry })
            .FirstOrDefaultAsync(ct) ?? throw new UnauthorizedAccessException();
        var zone = TimeZones.IsValid(user.TimeZone) ? user.TimeZone : "UTC";
        _details = new PersonDetails(id, user.DisplayName, zone, user.CrisisCountry, TimeZones.LocalDate(time.GetUtcNow(), zone));
        return _details;
    }

    /// <summary>Today for an anonymous caller: the UTC date, which is at most a day away from theirs.</summary>
    public DateOnly TodayUtc() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
