using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// A medicine the person takes now: the starting point for a taper plan. Read under <see cref="AccessScope.Taper"/>.
/// The drug and formulation are catalogue codes, never free text, so nothing typed here can carry other content.
/// </summary>
public sealed class Medication : PatientRecord
{
    public required string Drug { get; set; }

    /// <summary>Total daily dose in mg.</summary>
    public decimal DailyDoseMg { get; set; }

    public string? Formulation { get; set; }
    public decimal? CompoundedStrengthMg { get; set; }

    /// <summary>Since when the person has taken it at about this dose; optional because many people don't know.</summary>
    public DateOnly? TakingSince { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class MedicationConfiguration : IEntityTypeConfiguration<Medication>
{
    public void Configure(EntityTypeBuilder<Medication> builder)
    {
        builder.ToPatientRecordTable("Medications");
        builder.HasIndex(m => m.PatientId);
        builder.Property(m => m.Drug).HasMaxLength(TaperLimits.CodeMaxLength);
        builder.Property(m => m.Formulation).HasMaxLength(TaperLimits.CodeMaxLength);
    }
}
