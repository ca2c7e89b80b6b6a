namespace Lantern.Clinical.Tapering;

/// <summary>An estimate that is either a single value (<see cref="IsExact"/>) or a range, when the source gives a range.</summary>
public sealed record DoseRange(decimal Low, decimal High)
{
    public bool IsExact => Low == High;

    public static DoseRange Exactly(decimal value) => new(value, value);

    public DoseRange Plus(DoseRange other) => new(Low + other.Low, High + other.High);

    public override string ToString() => IsExact ? $"{Low:0.##}" : $"{Low:0.##}–{High:0.##}";
}
