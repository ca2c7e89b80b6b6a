namespace Lantern.Clinical.Tapering;

/// <summary>
/// How finely a liquid dose can be measured. When the person gives the smallest volume they can measure, that is used
/// for every amount. When they don't, Lantern assumes oral syringes marked as a children's hospital's patient sheet
/// describes them: a 1 mL syringe with short lines every 0.02 mL for amounts up to 1 mL, and marks every 0.1 mL above
/// that (a 3 mL syringe), falling back to the 0.02 mL marks (a 1 mL syringe filled more than once) when a step needs
/// them. Which syringe a person uses is Lantern's assumption, so it is labelled as Lantern policy too.
/// </summary>
[Source(nameof(Refs.OralSyringeMarkings))]
[Source(nameof(Refs.LanternTaperPolicy))]
public sealed record LiquidMeasure(decimal? PersonsIncrementMl)
{
    /// <summary>Source: Children's Wisconsin sheet 1619: a 1 mL oral syringe's short lines measure 0.02 mL.</summary>
    public const decimal SmallSyringeMarkMl = 0.02m;

    /// <summary>The capacity of that small syringe.</summary>
    public const decimal SmallSyringeMl = 1m;

    /// <summary>Source: the same sheet: a 3 mL syringe's short lines measure 0.1 mL. Used above 1 mL.</summary>
    public const decimal LargerSyringeMarkMl = 0.1m;

    public static LiquidMeasure Assumed { get; } = new((decimal?)null);

    /// <summary>True when Lantern assumed the syringe rather than being told.</summary>
    public bool IsAssumed => PersonsIncrementMl is null;

    /// <summary>The smallest volume that can be measured at all: one mark of the finest syringe.</summary>
    public decimal FinestMarkMl => PersonsIncrementMl ?? SmallSyringeMarkMl;

    /// <summary>The marks to try for an amount of about this volume, preferred first.</summary>
    public IReadOnlyList<decimal> MarksFor(decimal volumeMl) => PersonsIncrementMl is { } own
        ? [own]
        : volumeMl <= SmallSyringeMl ? [SmallSyringeMarkMl] : [LargerSyringeMarkMl, SmallSyringeMarkMl];

    /// <summary>The smallest dose of <paramref name="formulation"/> that can be measured: one drop, one mark, or the smallest solid piece.</summary>
    public decimal SmallestMeasurableMg(Formulation formulation) => formulation.SmallestUnitMg(FinestMarkMl);
}
