using System.ComponentModel.DataAnnotations;

namespace Lantern.Web.Platform.Sessions;

/// <summary>Session lifetimes (ASVS 5.0 7.3.1, 7.3.2; HIPAA 164.312(a)(2)(iii) automatic logoff).</summary>
public sealed class SessionLifetimeOptions
{
    public const string Section = "Sessions";

    /// <summary>A session unused for this long ends.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "04:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in however active it is.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often LastSeenAt is written; bounds the extra idle time and the write load.</summary>
    public TimeSpan TouchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
