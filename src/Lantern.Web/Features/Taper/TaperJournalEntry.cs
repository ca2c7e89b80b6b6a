using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// One day of the taper journal: the withdrawal checklist, mood and two safety questions. Read under
/// <see cref="AccessScope.Taper"/>. Free text lives apart in <see cref="TaperJournalNote"/>, read under
/// <see cref="AccessScope.Journal"/>, so sharing a taper never shares what someone wrote.
/// </summary>
public sealed class TaperJournalEntry : PatientRecord
{
    public Guid PlanId { get; init; }

    /// <summary>The person's own calendar day (in their time zone); one entry per plan per day.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Withdrawal checklist ratings in item order, each 0-3.</summary>
    public int[] Ratings { get; set; } = [];

    /// <summary>"Are these symptoms tolerable?"; null only when no symptom was rated.</summary>
    public bool? SymptomsTolerable { get; set; }

    /// <summary>0 (very low) to 10 (very good).</summary>
    public int Mood { get; set; }

    public bool ThoughtsOfSuicideOrSelfHarm { get; set; }
    public bool UnableToManageDailyLife { get; set; }

    public DateTimeOffset RecordedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class TaperJournalEntryConfiguration : IEntityTypeConfiguration<TaperJournalEntry>
{
    public void Configure(EntityTypeBuilder<TaperJournalEntry> builder)
    {
        builder.ToPatientRecordTable("TaperJournalEntries");
        builder.HasIndex(e => e.PatientId);
        builder.HasIndex(e => new { e.PlanId, e.Date }).IsUnique();
        builder.HasOne<TaperPlan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
