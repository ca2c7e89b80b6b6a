using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>
/// One person's answers to the "questions to ask a clinic" for one clinic. Health-adjacent personal data: it shows
/// which treatment someone is considering and holds their free-text notes, so it is a health record owned by the
/// person who filled it in and is read only through the access chokepoint. Caregivers compare clinics for someone too,
/// so any signed-in person may keep one (docs/adr/0004-clinic-checklists-and-cost.md).
/// </summary>
[KeptByAnyRole]
public sealed class ClinicChecklist : PatientRecord
{
    /// <summary>
    /// The scope this record would be shared under. Journal, because the notes are the person's own free text and
    /// Journal is never granted by default (docs/adr/0004-clinic-checklists-and-cost.md). No route reads another person's
    /// checklists today: every read and write goes through <see cref="HealthDataQueries.OwnedBy{T}"/>.
    /// </summary>
    public const AccessScope Scope = AccessScope.Journal;

    public const int MaxClinicNameLength = 120;
    public const int MaxNotesLength = 1000;

    /// <summary>A person compares a handful of clinics; the cap stops a script filling the database.</summary>
    public const int MaxPerPerson = 50;

    public string ClinicName { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ClinicChecklistAnswer> Answers { get; init; } = [];
}

/// <summary>The answer to one question, keyed by the question's stable key in <see cref="ClinicQuestions"/>.</summary>
public sealed class ClinicChecklistAnswer
{
    public string Question { get; set; } = string.Empty;
    public ChecklistAnswer Answer { get; set; }
    public string? Notes { get; set; }
}

internal sealed class ClinicChecklistConfiguration : IEntityTypeConfiguration<ClinicChecklist>
{
    public void Configure(EntityTypeBuilder<ClinicChecklist> builder)
    {
        builder.ToPatientRecordTable("ClinicChecklists");
        builder.HasIndex(c => c.PatientId);
        builder.Property(c => c.ClinicName).HasMaxLength(ClinicChecklist.MaxClinicNameLength).IsRequired();
        builder.OwnsMany(c => c.Answers, answers =>
        {
            answers.ToTable("ClinicChecklistAnswers");
            answers.WithOwner().HasForeignKey("ChecklistId");
            answers.HasKey("ChecklistId", nameof(ClinicChecklistAnswer.Question));
            answers.Property(a => a.Question).HasMaxLength(ClinicQuestions.MaxKeyLength);
            // Stored as words so the table reads the same on both providers and survives reordering the enum.
            answers.Property(a => a.Answer).HasConversion<string>().HasMaxLength(16);
            answers.Property(a => a.Notes).HasMaxLength(ClinicChecklist.MaxNotesLength);
        });
        builder.Navigation(c => c.Answers).AutoInclude();
    }
}
