using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Account.Deletion;

/// <summary>
/// A person's request to delete their account, waiting out the cooling-off period (issue 17). One per person; it goes
/// when they cancel, and with the account itself (cascade) when the deletion runs. <see cref="ClaimedBy"/> and
/// <see cref="ClaimedAt"/> are the claim that makes one instance, exactly one, carry the deletion out.
/// </summary>
public sealed class AccountDeletionRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>When the cooling-off period ends and the deletion may run.</summary>
    public DateTimeOffset DeleteAfter { get; init; }

    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
}

internal sealed class AccountDeletionRequestConfiguration : IEntityTypeConfiguration<AccountDeletionRequest>
{
    public void Configure(EntityTypeBuilder<AccountDeletionRequest> builder)
    {
        builder.ToTable("AccountDeletionRequests");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.UserId).IsUnique();
        builder.HasIndex(r => r.DeleteAfter);
        builder.Property(r => r.ClaimedBy).HasMaxLength(80);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Account deletion's settings. The cooling-off period is a product choice, not a clinical number.</summary>
public sealed class AccountDeletionOptions
{
    public const string Section = "AccountDeletion";

    /// <summary>
    /// Days between asking and deleting, during which the person can cancel. Seven: long enough to come back from a bad
    /// night or a hard week and change one's mind (deletion cannot be undone, and people in a taper or after a session
    /// can decide things in a low moment), and long enough to download everything first; short enough that the request
    /// is honoured promptly (well inside the one month GDPR article 12(3) allows).
    /// </summary>
    [Range(0, 30)]
    public int CoolingOffDays { get; set; } = 7;

    /// <summary>How often each instance looks for deletions that are due; 0 turns the worker off.</summary>
    [Range(0, 3600)]
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>A claim older than this belongs to an instance that died mid-deletion; another one takes it over.</summary>
    [Range(1, 1440)]
    public int ClaimTimeoutMinutes { get; set; } = 10;
}
