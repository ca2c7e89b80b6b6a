using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// How the patient felt after one session (Lantern.Clinical's AfterSessionReport): one per session, saved again when
/// changed. Ratings are 0 none to 3 severe; dissociation is the person's own 0-10 rating.
/// </summary>
public sealed class SideEffectReport : PatientRecord
{
    public Guid SessionId { get; init; }
    public int Nausea { get; set; }
    public int Dizziness { get; set; }
    public int Headache { get; set; }
    public int Sedation { get; set; }
    public int Anxiety { get; set; }
    public int Dissociation { get; set; }

    /// <summary>Urinary symptom codes, comma-separated.</summary>
    public string UrinarySymptoms { get; set; } = string.Empty;

    /// <summary>Warning-sign codes, comma-separated.</summary>
    public string WarningSigns { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class SideEffectReportConfiguration : IEntityTypeConfiguration<SideEffectReport>
{
    public void Configure(EntityTypeBuilder<SideEffectReport> builder)
    {
        builder.ToPatientRecordTable("SessionSideEffects");
        builder.HasIndex(r => r.SessionId).IsUnique();
        builder.HasIndex(r => r.PatientId);
        builder.HasOne<DosingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.UrinarySymptoms).HasMaxLength(200);
        builder.Property(r => r.WarningSigns).HasMaxLength(200);
    }
}
