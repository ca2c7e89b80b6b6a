using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// What the person wrote with a journal day. Stored verbatim and always rendered escaped; read only under
/// <see cref="AccessScope.Journal"/>, which is never shared unless the patient chooses it.
/// </summary>
public sealed class TaperJournalNote : PatientRecord
{
    public Guid EntryId { get; init; }
    public required string Text { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class TaperJournalNoteConfiguration : IEntityTypeConfiguration<TaperJournalNote>
{
    public void Configure(EntityTypeBuilder<TaperJournalNote> builder)
    {
        builder.ToPatientRecordTable("TaperJournalNotes");
        builder.HasIndex(n => n.PatientId);
        builder.HasIndex(n => n.EntryId).IsUnique();
        builder.HasOne<TaperJournalEntry>().WithMany().HasForeignKey(n => n.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Text).HasMaxLength(TaperLimits.NoteMaxLength);
    }
}
