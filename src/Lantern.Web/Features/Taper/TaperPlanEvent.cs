using Lantern.Clinical.Tapering;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// Something the person did in their taper (step taken, hold, slow down, step back). Events are replayed in
/// <see cref="Sequence"/> order; they are never edited, because the plan after them depends on their order.
/// </summary>
public sealed class TaperPlanEvent : PatientRecord
{
    public Guid PlanId { get; init; }

    /// <summary>1, 2, 3… within the plan; unique, so two concurrent recordings cannot take the same place.</summary>
    public int Sequence { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>A <see cref="TaperEventKinds"/> code.</summary>
    public required string Kind { get; init; }

    public decimal? DoseTakenMg { get; init; }
    public decimal? StepPercent { get; init; }
    public decimal? OccupancyDropPoints { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public TaperEvent ToClinical() =>
        new(Date, TaperEventKinds.FromCode(Kind) ?? throw new InvalidOperationException("Stored event kind is not a known code."),
            DoseTakenMg, StepPercent, OccupancyDropPoints);
}

internal sealed class TaperPlanEventConfiguration : IEntityTypeConfiguration<TaperPlanEvent>
{
    public void Configure(EntityTypeBuilder<TaperPlanEvent> builder)
    {
        builder.ToPatientRecordTable("TaperPlanEvents");
        builder.HasIndex(e => e.PatientId);
        builder.HasIndex(e => new { e.PlanId, e.Sequence }).IsUnique();
        builder.HasOne<TaperPlan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasMaxLength(TaperLimits.CodeMaxLength);
    }
}
