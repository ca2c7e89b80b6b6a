using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// One daily check-in. <see cref="Day"/> is the patient's own calendar date (their IANA zone), and there is at most
/// one per day. Read under <see cref="AccessScope.Mood"/>; the free-text <see cref="Note"/> is shown to someone else
/// only if they also hold the Journal scope.
/// </summary>
[SharedWithOtherFeatures]
public sealed class CheckIn : PatientRecord
{
    public DateOnly Day { get; init; }
    public int Mood { get; set; }
    public int Anxiety { get; set; }
    /// <summary>Optional, so a check-in can be only mood and anxiety: null when the person skipped it.</summary>
    public decimal? SleepHours { get; set; }

    /// <summary>Optional, like <see cref="SleepHours"/>.</summary>
    public int? Energy { get; set; }
    public int? Pain { get; set; }
    public string? Note { get; set; }

    /// <summary>
    /// The names of the patient's own tags (<see cref="CheckInTag"/>) ticked on this day, joined with
    /// <see cref="CheckInInput.TagSeparator"/>; names cannot contain it. Renaming or removing a tag rewrites these.
    /// </summary>
    public string Tags { get; set; } = string.Empty;

    /// <summary>Warning-sign codes ticked on this check-in, joined with commas.</summary>
    public string WarningSigns { get; set; } = string.Empty;

    /// <summary>Saved on a later day than <see cref="Day"/>.</summary>
    public bool IsLate { get; init; }

    /// <summary>The patient's local date when it was first saved; changes are allowed until that day ends.</summary>
    public DateOnly RecordedOn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToPatientRecordTable("CheckIns");
        // One check-in per local day; the database enforces it even when two requests race.
        builder.HasIndex(c => new { c.PatientId, c.Day }).IsUnique();
        builder.Property(c => c.SleepHours).HasPrecision(4, 2);
        builder.Property(c => c.Note).HasMaxLength(CheckInInput.NoteMaxLength);
        builder.Property(c => c.Tags).HasMaxLength(CheckInInput.MaxTags * (CheckInInput.TagMaxLength + 1));
        builder.Property(c => c.WarningSigns).HasMaxLength(400);
    }
}
