using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Platform.Crisis;

/// <summary>What the crisis route needs to know about a person to choose their country's lines.</summary>
public interface ICrisisPlace
{
    /// <summary>The country they chose for crisis lines (ISO 3166-1 alpha-2), or null.</summary>
    string? CrisisCountry { get; }

    /// <summary>Their IANA time zone, used when they chose no country.</summary>
    string? TimeZone { get; }
}

/// <summary>A person's crisis country and time zone; <see cref="Unknown"/> for someone not signed in.</summary>
public sealed record CrisisPlace(string? CrisisCountry, string? TimeZone) : ICrisisPlace
{
    public static CrisisPlace Unknown { get; } = new(null, null);
}

/// <summary>
/// The crisis place of whoever is signed in, for pages and endpoints that also answer anonymous visitors (the public
/// tools, the calculators, "Get help now"). Anonymous visitors get <see cref="CrisisPlace.Unknown"/>: no country is
/// guessed for them.
/// </summary>
public sealed class SignedInCrisisPlace(LanternDbContext db, ICurrentUser currentUser)
{
    private CrisisPlace? _place;

    public async Task<CrisisPlace> GetAsync(CancellationToken ct)
    {
        if (_place is not null)
        {
            return _place;
        }

        _place = currentUser.UserId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new CrisisPlace(u.CrisisCountry, u.TimeZone)).FirstOrDefaultAsync(ct)
                ?? CrisisPlace.Unknown
            : CrisisPlace.Unknown;
        return _place;
    }
}
