using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Platform.Push;

/// <summary>
/// One browser or installed app that a person allowed to show Lantern's notifications: the push service's endpoint
/// and the keys (RFC 8291) that only that device can decrypt with. Removed when the person removes the device or the
/// push service says it is gone (404 or 410).
/// </summary>
public sealed class PushSubscription
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    /// <summary>The push service's URL for this device (an https URL from the browser).</summary>
    public required string Endpoint { get; init; }

    /// <summary>The device's P-256 public key, base64url.</summary>
    public required string P256dh { get; init; }

    /// <summary>The device's 16-byte authentication secret, base64url.</summary>
    public required string Auth { get; init; }

    /// <summary>A name the person recognises (from the browser's user agent, or their own).</summary>
    public required string DeviceName { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSentAt { get; set; }
}

/// <summary>A secret the server makes once and keeps with the data, so every instance uses the same one (the VAPID key pair).</summary>
public sealed class ServerSecret
{
    public required string Name { get; init; }

    /// <summary>The value, protected with ASP.NET Core Data Protection (whose keys are in the database too).</summary>
    public required string Value { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class PushSubscriptionConfiguration : IEntityTypeConfiguration<PushSubscription>
{
    public void Configure(EntityTypeBuilder<PushSubscription> builder)
    {
        builder.ToTable("PushSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Endpoint).HasMaxLength(2048);
        builder.Property(s => s.P256dh).HasMaxLength(128);
        builder.Property(s => s.Auth).HasMaxLength(64);
        builder.Property(s => s.DeviceName).HasMaxLength(100);
        builder.HasIndex(s => s.Endpoint).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServerSecretConfiguration : IEntityTypeConfiguration<ServerSecret>
{
    public void Configure(EntityTypeBuilder<ServerSecret> builder)
    {
        builder.ToTable("ServerSecrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.Property(s => s.Value).HasMaxLength(4000);
    }
}
