using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Sessions;

/// <summary>When in the session a reading was taken; set by the server from the session's state, never by the client.</summary>
public enum VitalTiming
{
    /// <summary>Before the dose: the reading that decides whether the session may start.</summary>
    Before,

    /// <summary>The reading about 40 minutes after the dose.</summary>
    FortyMinutes,

    /// <summary>Any other reading while the session is running.</summary>
    During,

    /// <summary>After the session ended.</summary>
    After,
}

/// <summary>
/// A blood-pressure reading in a session, with the category and dosing-day advice it got when saved (under the
/// course's thresholds at that moment), so a later change of thresholds does not rewrite history.
/// </summary>
public sealed class SessionVital : PatientRecord
{
    public Guid SessionId { get; init; }
    public VitalTiming Timing { get; init; }
    public int Systolic { get; init; }
    public int Diastolic { get; init; }
    public int? Pulse { get; init; }

    /// <summary>ACC/AHA category code (<c>stage-2</c>).</summary>
    public required string Category { get; init; }

    /// <summary>Dosing-day advice code (<c>check-with-provider-before-dosing</c>).</summary>
    public required string Advice { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    /// <summary>Whole minutes after the dose; null before it.</summary>
    public int? MinutesAfterDose { get; init; }

    public Guid RecordedBy { get; init; }

    /// <summary>The key the client sent with this reading, so a repeat of it is answered instead of saved twice.</summary>
    public Guid? IdempotencyKey { get; init; }
}

internal sealed class SessionVitalConfiguration : IEntityTypeConfiguration<SessionVital>
{
    public void Configure(EntityTypeBuilder<SessionVital> builder)
    {
        builder.ToPatientRecordTable("SessionVitals");
        builder.HasIndex(v => new { v.PatientId, v.TakenAt });
        builder.HasIndex(v => v.SessionId);
        builder.HasIndex(v => new { v.SessionId, v.IdempotencyKey }).IsUnique();
        builder.HasOne<DosingSession>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Timing).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Category).HasMaxLength(32);
        builder.Property(v => v.Advice).HasMaxLength(48);
    }
}
