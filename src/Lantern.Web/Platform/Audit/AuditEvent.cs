using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Platform.Audit;

public enum AuditAction
{
    AccountCreated,
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    SessionEnded,
    PasswordChanged,
    PasswordReset,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesGenerated,
    RecoveryCodeUsed,
    GrantCreated,
    GrantChanged,
    GrantRevoked,
    RecordRead,
    RecordExported,

    /// <summary>A grantee changed a patient's health data: only a support person's check during a session.</summary>
    RecordWritten,

    /// <summary>The person asked for their account to be deleted after the cooling-off period.</summary>
    AccountDeletionRequested,
    AccountDeletionCancelled,

    /// <summary>The account and every row keyed to it were deleted; the one record kept that it happened (ADR 0012).</summary>
    AccountDeleted,
}

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <summary>
/// One line of the append-only audit trail (HIPAA 164.312(b)). Holds who, whose data, what kind of
/// record and when — never the content. Rows are never updated or deleted: the context refuses it,
/// and database triggers refuse it too.
/// </summary>
public sealed class AuditEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset At { get; init; }

    /// <summary>The signed-in person who acted; null for anonymous attempts.</summary>
    public Guid? ActorId { get; init; }

    /// <summary>The person whose account or health data it concerns.</summary>
    public Guid? SubjectId { get; init; }

    public AuditAction Action { get; init; }
    public string? ResourceType { get; init; }
    public string? ResourceId { get; init; }
    public AuditOutcome Outcome { get; init; }

    /// <summary>The request's trace id, to join the trail with logs.</summary>
    public string? CorrelationId { get; init; }

    internal static void RejectChangesToExistingEvents(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit events are append-only.");
        }
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.SubjectId, e.At });
        builder.HasIndex(e => new { e.ActorId, e.At });
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ResourceType).HasMaxLength(64);
        builder.Property(e => e.ResourceId).HasMaxLength(64);
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
    }
}
