using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// A saved taper plan: the person's choices, not the computed rows. The schedule is recomputed by
/// <c>TaperPlanner</c> from these choices, the recorded events and the latest journal answer on every read, so it
/// always starts from the dose actually taken (docs/adr/0005-taper-web-choices.md). Read under <see cref="AccessScope.Taper"/>.
/// </summary>
public sealed class TaperPlan : PatientRecord
{

    /// <summary>The medicine it was built from, if any; cleared when that medicine is deleted.</summary>
    public Guid? MedicationId { get; set; }

    public required string Drug { get; set; }

    /// <summary>The method the planner resolved (never null once saved), so a later default cannot change it.</summary>
    public required string Method { get; set; }

    public decimal CurrentDoseMg { get; set; }
    public decimal? StepPercent { get; set; }
    public int? IntervalDays { get; set; }
    public DateOnly StartDate { get; set; }
    public decimal? FinalDoseMg { get; set; }
    public string? Formulation { get; set; }
    public decimal? CompoundedStrengthMg { get; set; }
    public decimal? LiquidIncrementMl { get; set; }
    public DateOnly? TargetDate { get; set; }
    public string? OccupancyParameterSet { get; set; }
    public decimal? OccupancyDropPoints { get; set; }
    public string? EquivalenceTable { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped by every change, including a recorded event, so two concurrent edits cannot both win.</summary>
    public int Version { get; set; } = 1;
}

internal sealed class TaperPlanConfiguration : IEntityTypeConfiguration<TaperPlan>
{
    public void Configure(EntityTypeBuilder<TaperPlan> builder)
    {
        builder.ToPatientRecordTable("TaperPlans");
        builder.HasIndex(p => p.PatientId);
        builder.HasOne<Medication>().WithMany().HasForeignKey(p => p.MedicationId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.Drug).HasMaxLength(TaperLimits.CodeMaxLength);
        builder.Property(p => p.Method).HasMaxLength(TaperLimits.CodeMaxLength);
        builder.Property(p => p.Formulation).HasMaxLength(TaperLimits.CodeMaxLength);
        builder.Property(p => p.OccupancyParameterSet).HasMaxLength(TaperLimits.CodeMaxLength);
        builder.Property(p => p.EquivalenceTable).HasMaxLength(TaperLimits.CodeMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
