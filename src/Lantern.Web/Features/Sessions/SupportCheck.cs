using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// A 15-minute check during a session, logged by the patient or by their named support person from their own phone.
/// <see cref="RecordedBy"/> says who. The note is free text: shown to its author, the patient and journal grantees only.
/// </summary>
public sealed class SupportCheck : PatientRecord
{
    public Guid SessionId { get; init; }
    public DateTimeOffset CheckedAt { get; init; }
    public int MinutesAfterDose { get; init; }

    /// <summary><c>awake</c>, <c>drowsy</c> or <c>hard-to-wake</c>.</summary>
    public required string Responsiveness { get; init; }

    /// <summary><c>calm</c>, <c>uneasy</c> or <c>very-distressed</c>.</summary>
    public required string Calmness { get; init; }

    public bool BreathingConcern { get; init; }
    public string? Note { get; init; }
    public Guid RecordedBy { get; init; }

    /// <summary>The key the client sent with this check, so a repeat of it is answered instead of saved twice.</summary>
    public Guid? IdempotencyKey { get; init; }
}

internal sealed class SupportCheckConfiguration : IEntityTypeConfiguration<SupportCheck>
{
    public void Configure(EntityTypeBuilder<SupportCheck> builder)
    {
        builder.ToPatientRecordTable("SessionChecks");
        builder.HasIndex(c => c.SessionId);
        builder.HasIndex(c => new { c.SessionId, c.IdempotencyKey }).IsUnique();
        builder.HasIndex(c => c.PatientId);
        builder.HasOne<DosingSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Responsiveness).HasMaxLength(16);
        builder.Property(c => c.Calmness).HasMaxLength(16);
        builder.Property(c => c.Note).HasMaxLength(SessionLimits.ShortTextMaxLength);
    }
}
