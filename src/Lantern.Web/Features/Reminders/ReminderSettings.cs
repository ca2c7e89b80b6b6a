using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// How one person wants to be reminded: by e-mail, by push to the devices they allowed, quiet hours in their own
/// wall-clock time, and their private calendar feed. No row means they have not chosen yet, and nothing is sent
/// (issue 16: nothing is sent that a person did not agree to).
/// </summary>
public sealed class ReminderSettings
{
    public Guid UserId { get; init; }

    public bool ByEmail { get; set; }

    public bool ByPush { get; set; }

    /// <summary>Quiet hours start; with <see cref="QuietUntil"/>, a range that may wrap past midnight. Null means none.</summary>
    public TimeOnly? QuietFrom { get; set; }

    public TimeOnly? QuietUntil { get; set; }

    /// <summary>
    /// SHA-256 of the calendar feed's secret, in hex; the secret itself is shown once and kept only by the person's
    /// calendar app. Null means no feed; a new one replaces (revokes) the old.
    /// </summary>
    public string? CalendarFeedHash { get; set; }

    public DateTimeOffset? CalendarFeedCreatedAt { get; set; }

    /// <summary>When the person last saved their choices (during onboarding or on the reminders page).</summary>
    public DateTimeOffset ConfirmedAt { get; set; }
}

/// <summary>One kind of reminder for one person: on or off, and its time of day where they live.</summary>
public sealed class ReminderPreference
{
    public Guid UserId { get; init; }

    public ReminderKind Kind { get; init; }

    public bool On { get; set; }

    public TimeOnly At { get; set; }
}

/// <summary>
/// One reminder to send, keyed by person, kind and occurrence so it exists once however many instances compute it.
/// It is the claim (exactly once across instances, the same pattern as alert e-mails), the retry record and the
/// person's delivery log. It holds no health details: the occurrence is a day or a record id.
/// </summary>
public sealed class ReminderDelivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public ReminderKind Kind { get; init; }

    /// <summary>Which occurrence: a local date (<c>2026-12-08</c>) or a record id with a suffix.</summary>
    public required string Occurrence { get; init; }

    public DateTimeOffset DueAt { get; init; }

    /// <summary>For a taper step: the hold rule said to stay at this dose when it was planned, so the message says so.</summary>
    public bool HoldAdvised { get; init; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>Claims taken so far: the first send and, after a crash mid-send, one retry.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>How it reached the person, comma-separated (<c>email</c>, <c>push</c>); empty when nothing could carry it.</summary>
    public string Channels { get; set; } = string.Empty;
}

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> builder)
    {
        builder.ToTable("ReminderSettings");
        builder.HasKey(s => s.UserId);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.CalendarFeedHash).HasMaxLength(64);
        builder.HasIndex(s => s.CalendarFeedHash).IsUnique();
    }
}

internal sealed class ReminderPreferenceConfiguration : IEntityTypeConfiguration<ReminderPreference>
{
    public void Configure(EntityTypeBuilder<ReminderPreference> builder)
    {
        builder.ToTable("ReminderPreferences");
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.ToTable("ReminderDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Occurrence).HasMaxLength(64);
        builder.Property(d => d.ClaimedBy).HasMaxLength(80);
        builder.Property(d => d.Channels).HasMaxLength(32);
        builder.HasIndex(d => new { d.UserId, d.Kind, d.Occurrence }).IsUnique();
        builder.HasIndex(d => new { d.SentAt, d.DueAt });
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
