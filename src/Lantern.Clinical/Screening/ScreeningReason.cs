namespace Lantern.Clinical.Screening;

/// <summary>One reason behind a screening outcome, in plain words, with the sources it rests on (each with its status).</summary>
public sealed record ScreeningReason(string Code, string Text, ScreeningEffect Effect, IReadOnlyList<Source> Sources)
{
    /// <summary>The main source; the first in <see cref="Sources"/>.</summary>
    public Source Source => Sources[0];

    public string EffectCode => Effect.ToCode();
}
