using System.Globalization;

namespace Lantern.Clinical.Tapering;

/// <summary>
/// Rounds a dose to what a formulation can deliver: whole or split tablets, whole capsules, drops, or mL of a liquid.
/// <see cref="Round"/> picks the nearest deliverable dose (ties go to the larger dose, the gentler step), so it never
/// moves a dose by more than half the formulation's smallest unit; <see cref="RoundUp"/> picks the smallest deliverable
/// dose at or above it, so a step rounded that way is only ever gentler. Solids are made from as few pieces as possible.
/// </summary>
public static class DoseRounding
{
    /// <summary>
    /// Measuring step for liquids when a caller of <see cref="Round"/> gives none. The taper planner uses
    /// <see cref="LiquidMeasure"/> instead, which says which syringe it assumes. Lantern policy: check your own syringe.
    /// </summary>
    [Source(nameof(Refs.LanternTaperPolicy))]
    public const decimal DefaultLiquidIncrementMl = 0.1m;

    /// <summary>Rounds <paramref name="doseMg"/> (≥ 0) to the nearest dose <paramref name="formulation"/> can give.</summary>
    public static PracticalDose Round(decimal doseMg, Formulation formulation, decimal liquidIncrementMl = DefaultLiquidIncrementMl) =>
        Deliver(doseMg, formulation, liquidIncrementMl, Direction.Nearest);

    /// <summary>
    /// The smallest dose <paramref name="formulation"/> can give that is at least <paramref name="doseMg"/>: a step
    /// rounded this way is never bigger than asked, only gentler.
    /// </summary>
    public static PracticalDose RoundUp(decimal doseMg, Formulation formulation, decimal liquidIncrementMl = DefaultLiquidIncrementMl) =>
        Deliver(doseMg, formulation, liquidIncrementMl, Direction.Up);

    /// <summary>
    /// The largest dose <paramref name="formulation"/> can give at or below <paramref name="doseMg"/>: used only to land
    /// on a chosen last dose that the form cannot give exactly, and only when the cut still keeps to the pace.
    /// </summary>
    public static PracticalDose RoundDown(decimal doseMg, Formulation formulation, decimal liquidIncrementMl = DefaultLiquidIncrementMl) =>
        Deliver(doseMg, formulation, liquidIncrementMl, Direction.Down);

    private enum Direction
    {
        Nearest,
        Up,
        Down,
    }

    private static PracticalDose Deliver(decimal doseMg, Formulation formulation, decimal liquidIncrementMl, Direction direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(doseMg);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(liquidIncrementMl);

        var unit = formulation.SmallestUnitMg(liquidIncrementMl);
        if (formulation.Kind == FormulationKind.OralDrops)
        {
            var drops = (int)Whole(doseMg / unit, direction);
            var mg = drops * unit;
            var ml = mg / formulation.ConcentrationMgPerMl!.Value;
            var amount = drops == 0 ? string.Empty : $"{drops} {(drops == 1 ? "drop" : "drops")} = {Ml(ml)} mL";
            return new PracticalDose(mg, doseMg, unit, amount, ml, drops);
        }

        if (formulation.IsLiquid)
        {
            var steps = Whole(doseMg / unit, direction);
            var ml = steps * liquidIncrementMl;
            var mg = steps * unit;
            return new PracticalDose(mg, doseMg, unit, steps == 0 ? string.Empty : $"{Ml(ml)} mL", ml, null);
        }

        return RoundSolid(doseMg, formulation, unit, direction);
    }

    private static decimal Whole(decimal units, Direction direction) => direction switch
    {
        Direction.Up => Math.Ceiling(units),
        Direction.Down => Math.Floor(units),
        _ => RoundHalfUp(units),
    };

    private static PracticalDose RoundSolid(decimal doseMg, Formulation formulation, decimal smallestPiece, Direction direction)
    {
        var pieces = Pieces(formulation);

        // Work on an integer grid of the pieces' common divisor so the search is exact (no floating point).
        var scale = 1000m;
        var sizes = pieces.Select(p => (long)(p.Mg * scale)).ToArray();
        var grid = sizes.Aggregate(Gcd);
        var target = doseMg * scale / grid;
        var limit = (int)Math.Ceiling(target) + (int)(sizes.Max() / grid) + 1;

        // fewest[i] = fewest pieces making i grid units; -1 when i cannot be made.
        var fewest = new int[limit + 1];
        var lastPiece = new int[limit + 1];
        Array.Fill(fewest, -1);
        fewest[0] = 0;
        for (var i = 1; i <= limit; i++)
        {
            for (var p = 0; p < sizes.Length; p++)
            {
                var size = (int)(sizes[p] / grid);
                if (size <= i && fewest[i - size] >= 0 && (fewest[i] < 0 || fewest[i - size] + 1 < fewest[i]))
                {
                    fewest[i] = fewest[i - size] + 1;
                    lastPiece[i] = p;
                }
            }
        }

        // Nearest (ties to the larger, gentler dose), or the nearest on one side; the limit leaves room for one more of
        // the largest piece, so a dose at or above the target always exists, and zero is always at or below it.
        var makeable = Enumerable.Range(0, limit + 1).Where(i => fewest[i] >= 0);
        var best = direction switch
        {
            Direction.Up => makeable.First(i => i >= target),
            Direction.Down => makeable.Last(i => i <= target),
            _ => makeable.OrderBy(i => Math.Abs(i - target)).ThenByDescending(i => i).First(),
        };

        // Quarters of each strength used, so halves and quarters of one strength add up to one count.
        var quarters = new SortedDictionary<decimal, int>(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
        for (var i = best; i > 0; i -= (int)(sizes[lastPiece[i]] / grid))
        {
            var piece = pieces[lastPiece[i]];
            quarters[piece.StrengthMg] = quarters.GetValueOrDefault(piece.StrengthMg) + (4 / piece.Denominator);
        }

        // Compounded solids are made up as capsules; compounded liquids never reach this method.
        var noun = formulation.Kind is FormulationKind.Capsule or FormulationKind.Compounded ? "capsule" : "tablet";
        var parts = quarters.Select(q => $"{Count(q.Value)} × {Mg(q.Key)} mg {noun}");

        return new PracticalDose(best * grid / scale, doseMg, smallestPiece, string.Join(" + ", parts), null, null);
    }

    private static List<(decimal Mg, decimal StrengthMg, int Denominator)> Pieces(Formulation formulation)
    {
        var pieces = new List<(decimal Mg, decimal StrengthMg, int Denominator)>();
        foreach (var strength in formulation.Strengths)
        {
            pieces.Add((strength.Mg, strength.Mg, 1));
            if (strength.Splitting is Splitting.Halves or Splitting.Quarters)
            {
                pieces.Add((strength.Mg / 2m, strength.Mg, 2));
            }

            if (strength.Splitting == Splitting.Quarters)
            {
                pieces.Add((strength.Mg / 4m, strength.Mg, 4));
            }
        }

        return pieces;
    }

    /// <summary>"2", "½", "1¾" from a number of quarter tablets.</summary>
    private static string Count(int quarters)
    {
        var whole = quarters / 4;
        var fraction = (quarters % 4) switch
        {
            1 => "¼",
            2 => "½",
            3 => "¾",
            _ => string.Empty,
        };
        return whole == 0 && fraction.Length > 0 ? fraction : $"{whole.ToString(CultureInfo.InvariantCulture)}{fraction}";
    }

    private static decimal RoundHalfUp(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    internal static string Mg(decimal mg) => mg.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Ml(decimal ml) => ml.ToString("0.##", CultureInfo.InvariantCulture);
}
