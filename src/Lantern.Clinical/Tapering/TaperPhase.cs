namespace Lantern.Clinical.Tapering;

/// <summary>What a run of proposed steps is measured in.</summary>
public enum TaperPhaseKind
{
    /// <summary>The tablets, capsules or liquid the person chose.</summary>
    ChosenForm,

    /// <summary>The licensed liquid the plan moves to when the chosen tablets or capsules cannot give a step (NICE NG222 1.4.17).</summary>
    Liquid,

    /// <summary>No licensed liquid was found: the steps need a strength a pharmacy makes up, in mg until its strength is given.</summary>
    CompoundedStrength,
}

/// <summary>
/// A run of consecutive proposed steps taken in one form, e.g. "steps 1 to 8: tablets", "from step 9: the oral
/// solution". Phases follow each other and never go back, so a plan never alternates between forms.
/// </summary>
/// <param name="Formulation">The form; null for <see cref="TaperPhaseKind.CompoundedStrength"/>.</param>
/// <param name="Text">The phase in plain words, e.g. "From step 9 (2026-08-03), use the oral solution 20 mg/mL: ...".</param>
public sealed record TaperPhase(int FirstStepNumber, int LastStepNumber, DateOnly FirstDate, TaperPhaseKind Kind, Formulation? Formulation, string Text)
{
    public string KindCode => Kind switch
    {
        TaperPhaseKind.ChosenForm => "chosen-form",
        TaperPhaseKind.Liquid => "liquid",
        TaperPhaseKind.CompoundedStrength => "compounded-strength",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}
