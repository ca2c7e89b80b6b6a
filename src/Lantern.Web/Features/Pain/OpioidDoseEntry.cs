using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Pain;

/// <summary>
/// One opioid in the patient's log: which one, its daily dose and the days it covered. Read under
/// <see cref="AccessScope.Taper"/> with the other medicines (docs/adr/0007-opioid-log-access-scope.md). The opioid is a
/// code from the CDC factor list, never free text, and there is no note field, so nothing typed here can carry other
/// content to someone the log is shared with.
/// </summary>
public sealed class OpioidDoseEntry : PatientRecord
{

    /// <summary>A code from <c>MorphineEquivalents.Factors</c>, e.g. <c>oxycodone</c> or <c>fentanyl-patch</c>.</summary>
    public required string Opioid { get; set; }

    /// <summary>mg per day, except the fentanyl patch: its strength in mcg per hour (see <see cref="Unit"/>).</summary>
    public decimal DailyDose { get; set; }

    /// <summary>The unit code the dose was confirmed in (<c>mg/day</c> or <c>mcg/h</c>), kept so the row reads on its own.</summary>
    public required string Unit { get; set; }

    /// <summary>First local day of this dose.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last local day of this dose; null while it goes on.</summary>
    public DateOnly? EndDate { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class OpioidDoseEntryConfiguration : IEntityTypeConfiguration<OpioidDoseEntry>
{
    public void Configure(EntityTypeBuilder<OpioidDoseEntry> builder)
    {
        builder.ToPatientRecordTable("OpioidDoses");
        builder.HasIndex(d => new { d.PatientId, d.StartDate });
        builder.Property(d => d.Opioid).HasMaxLength(OpioidDoseInput.CodeMaxLength);
        builder.Property(d => d.Unit).HasMaxLength(16);
    }
}
