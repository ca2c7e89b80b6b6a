using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Platform.Identity;

/// <summary>What a person is in Lantern. A patient owns health records; the others see them only through a grant.</summary>
public enum UserRole
{
    Patient,
    Caregiver,
    Therapist,
}

/// <summary>A Lantern account. Ids are GUIDv7, set here, never taken from a request.</summary>
public sealed class LanternUser : IdentityUser<Guid>
{
    public LanternUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public required string DisplayName { get; set; }

    /// <summary>IANA time zone id; a person's "day" is computed in it.</summary>
    public required string TimeZone { get; set; }

    public UserRole Role { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code used to pick crisis lines; derived from the time zone at sign-up when we can.</summary>
    public string? CrisisCountry { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last TOTP time step accepted, so a code cannot be used twice (Identity alone accepts replays).</summary>
    public long? LastTotpTimeStep { get; set; }
}
