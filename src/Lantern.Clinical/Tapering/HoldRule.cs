using Lantern.Clinical.Instruments;

namespace Lantern.Clinical.Tapering;

/// <summary>
/// NICE QS8 statement 4 / NG222 1.4.17: any withdrawal symptoms need to have resolved or be tolerable before the
/// next reduction; ASAM 2025 says the same for benzodiazepines ("slowed or paused"). The person's own judgement
/// decides. No source gives a hold length (clinical.md §1.6 D), so none is encoded here.
/// </summary>
[Source(nameof(Refs.NiceQs8))]
[Source(nameof(Refs.NiceNg222))]
[Source(nameof(Refs.Asam2025BenzodiazepineTaper))]
public static class HoldRule
{
    /// <param name="symptomsResolvedOrTolerable">True when resolved or tolerable, false when not, null when not asked yet.</param>
    public static HoldAdvice Advise(bool? symptomsResolvedOrTolerable) => symptomsResolvedOrTolerable switch
    {
        true => HoldAdvice.GoAhead,
        false => HoldAdvice.Hold,
        null => HoldAdvice.CheckSymptomsFirst,
    };

    /// <summary>From a completed withdrawal checklist: no symptoms, or tolerable ones, go ahead.</summary>
    public static HoldAdvice Advise(WithdrawalChecklistResult checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return checklist.HoldNextReduction ? HoldAdvice.Hold : HoldAdvice.GoAhead;
    }

    public static string Explain(HoldAdvice advice) => advice switch
    {
        HoldAdvice.GoAhead =>
            "Your withdrawal symptoms are settled or tolerable, so the next reduction can go ahead as planned if you and your prescriber agree.",
        HoldAdvice.Hold =>
            "Please don't make the next reduction yet. Stay on your current dose until withdrawal symptoms have settled or "
                + "are tolerable, and talk to your prescriber. You can also choose smaller steps or go back to your previous dose.",
        HoldAdvice.CheckSymptomsFirst =>
            "Before each reduction, check how you feel: make it only if any withdrawal symptoms have settled or are tolerable.",
        _ => throw new ArgumentOutOfRangeException(nameof(advice), advice, null),
    };

    public static string ToCode(this HoldAdvice advice) => advice switch
    {
        HoldAdvice.GoAhead => "go-ahead",
        HoldAdvice.Hold => "hold",
        HoldAdvice.CheckSymptomsFirst => "check-symptoms-first",
        _ => throw new ArgumentOutOfRangeException(nameof(advice), advice, null),
    };
}
