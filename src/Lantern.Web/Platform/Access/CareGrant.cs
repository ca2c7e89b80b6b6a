using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Platform.Access;

/// <summary>
/// A patient's consent for one caregiver or therapist to read chosen scopes, optionally until a date.
/// Revoking sets <see cref="RevokedAt"/>; the row stays for the audit trail. Only the patient changes it. Which grants
/// count right now is <see cref="LiveGrants"/>.
/// </summary>
public sealed class CareGrant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PatientId { get; init; }
    public Guid GranteeId { get; init; }
    public AccessScope Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

internal sealed class CareGrantConfiguration : IEntityTypeConfiguration<CareGrant>
{
    public void Configure(EntityTypeBuilder<CareGrant> builder)
    {
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => new { g.GranteeId, g.PatientId });
        builder.HasIndex(g => g.PatientId);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(g => g.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(g => g.GranteeId).OnDelete(DeleteBehavior.Cascade);
    }
}
