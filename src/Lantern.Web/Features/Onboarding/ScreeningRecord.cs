using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// A completed suitability screening. The answers are kept (as JSON) so the result page can show every reason
/// again; the outcome code records what the person was told at the time. Health history this sensitive is
/// owner-only until the care-team feature defines a scope for it.
/// </summary>
public sealed class ScreeningRecord : PatientRecord
{
    public required string Outcome { get; init; }
    public required string AnswersJson { get; init; }
    public Guid? Phq9ResponseId { get; init; }
    public Guid? Gad7ResponseId { get; init; }
    public DateOnly Day { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
}

internal sealed class ScreeningRecordConfiguration : IEntityTypeConfiguration<ScreeningRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningRecord> builder)
    {
        builder.ToPatientRecordTable("SuitabilityScreenings");
        builder.HasIndex(s => new { s.PatientId, s.CompletedAt });
        builder.Property(s => s.Outcome).HasMaxLength(32);
        builder.Property(s => s.AnswersJson).HasMaxLength(4000);
    }
}
