using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Alerts;

/// <summary>Where a red flag was raised.</summary>
public enum AlertOrigin
{
    CheckIn,
    Questionnaire,
    WarningSigns,
    Onboarding,
    DosingSession,
}

/// <summary>
/// A red flag raised for a patient, kept until someone acknowledges it. It stores the flag's code and action level
/// as they were when raised; the words shown come from the clinical catalogue (Lantern.Clinical RedFlags).
/// Read under <see cref="AccessScope.Alerts"/>, so a care team with that scope sees it too.
/// </summary>
[SharedWithOtherFeatures]
public sealed class Alert : PatientRecord
{
    public required string FlagCode { get; init; }
    public required string Level { get; init; }
    public AlertOrigin Origin { get; init; }

    /// <summary>The check-in, questionnaire response, screening or dosing session that raised it; null for the warning-signs page.</summary>
    public Guid? OriginId { get; init; }

    public DateTimeOffset RaisedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedBy { get; set; }

    /// <summary>When the care team was told (e-mail). Null until the notification dispatcher has sent it.</summary>
    public DateTimeOffset? NotifiedAt { get; set; }

    /// <summary>Which app instance is sending the notification, and since when; a stale claim is taken over.</summary>
    public string? NotificationClaimedBy { get; set; }

    public DateTimeOffset? NotificationClaimedAt { get; set; }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToPatientRecordTable("Alerts");
        builder.HasIndex(a => new { a.PatientId, a.RaisedAt });
        builder.HasIndex(a => a.NotifiedAt);
        builder.Property(a => a.NotificationClaimedBy).HasMaxLength(80);
        builder.Property(a => a.FlagCode).HasMaxLength(64);
        builder.Property(a => a.Level).HasMaxLength(32);
        builder.Property(a => a.Origin).HasConversion<string>().HasMaxLength(16);
    }
}
