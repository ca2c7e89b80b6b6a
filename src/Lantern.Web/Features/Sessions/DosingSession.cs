using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Sessions;

/// <summary>The life of one session: planned, started (the dose is in), finished, or cancelled.</summary>
public enum SessionState
{
    Planned,
    Started,
    Finished,
    Cancelled,
}

/// <summary>
/// One dosing session of a course. The planned date and time are the patient's wall-clock time in their own IANA
/// zone, so "10:00 every Tuesday" stays 10:00 across a DST change. Preparation (checklist ticks, benzodiazepine
/// answer, intention, support person), the day itself (when the dose was taken, when it ended) and the closing
/// "how are you now" live here; readings, checks, side effects and the journal are rows of their own. Read under
/// <see cref="AccessScope.Sessions"/>; <see cref="Intention"/> and <see cref="ClosingNote"/> are free text and leave
/// the server for someone else only under <see cref="AccessScope.Journal"/>.
/// </summary>
[SharedWithOtherFeatures]
public sealed class DosingSession : PatientRecord
{
    public Guid CourseId { get; init; }

    public DateOnly PlannedDate { get; set; }
    public TimeOnly PlannedTime { get; set; }
    public bool IsBooster { get; init; }
    public SessionState State { get; set; }

    /// <summary>Codes of the checklist items ticked, comma-separated; automatic items are worked out, not stored.</summary>
    public string ChecklistDone { get; set; } = string.Empty;

    /// <summary><c>yes</c>, <c>no</c> or <c>not-sure</c>: a benzodiazepine taken today.</summary>
    public string? Benzodiazepine { get; set; }

    public string? Intention { get; set; }

    /// <summary>A Lantern caregiver with a live sessions grant, who may then log the 15-minute checks.</summary>
    public Guid? SupportUserId { get; set; }

    /// <summary>A support person without a Lantern account, or the display name of <see cref="SupportUserId"/> at the time.</summary>
    public string? SupportName { get; set; }

    public string? SupportPhone { get; set; }

    /// <summary>When "start" was pressed.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the dose was taken; "start" may say it was a little earlier.</summary>
    public DateTimeOffset? DosedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Finished before the minimum observation time, which the person confirmed they understood.</summary>
    public bool FinishedEarly { get; set; }

    /// <summary><c>okay</c>, <c>mixed</c> or <c>not-okay</c>: "how are you now" at the end.</summary>
    public string? ClosingFeeling { get; set; }

    public string? ClosingNote { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class DosingSessionConfiguration : IEntityTypeConfiguration<DosingSession>
{
    public void Configure(EntityTypeBuilder<DosingSession> builder)
    {
        builder.ToPatientRecordTable("DosingSessions");
        builder.HasIndex(s => new { s.PatientId, s.PlannedDate });
        builder.HasIndex(s => s.CourseId);
        builder.HasIndex(s => s.SupportUserId);
        builder.HasOne<KetamineCourse>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(s => s.SupportUserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ChecklistDone).HasMaxLength(2000);
        builder.Property(s => s.Benzodiazepine).HasMaxLength(16);
        builder.Property(s => s.Intention).HasMaxLength(SessionLimits.ShortTextMaxLength);
        builder.Property(s => s.SupportName).HasMaxLength(SessionLimits.NameMaxLength);
        builder.Property(s => s.SupportPhone).HasMaxLength(SessionLimits.PhoneMaxLength);
        builder.Property(s => s.ClosingFeeling).HasMaxLength(16);
        builder.Property(s => s.ClosingNote).HasMaxLength(SessionLimits.ShortTextMaxLength);
    }
}
