using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// A therapist's private note about a client. It belongs to the therapist, not the patient: only its
/// author reads it, and only while the client still shares something with them.
/// </summary>
public sealed class TherapistNote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AuthorId { get; init; }
    public Guid PatientId { get; init; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class TherapistNoteConfiguration : IEntityTypeConfiguration<TherapistNote>
{
    public const int MaxLength = 4000;

    public void Configure(EntityTypeBuilder<TherapistNote> builder)
    {
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.AuthorId, n.PatientId, n.CreatedAt });
        builder.Property(n => n.Text).HasMaxLength(MaxLength);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(n => n.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
