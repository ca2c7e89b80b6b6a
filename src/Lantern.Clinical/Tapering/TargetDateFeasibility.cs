namespace Lantern.Clinical.Tapering;

/// <summary>Whether a benzodiazepine target dose can be reached by a date within ASAM 2025's limits.</summary>
public enum TargetDateFeasibility
{
    /// <summary>The chosen (or default) pace reaches the target by the date.</summary>
    ReachableAtChosenPace,

    /// <summary>Reachable only with bigger steps than chosen, still within 25 % per 2 weeks.</summary>
    ReachableWithFasterSteps,

    /// <summary>Reaching the target by the date would need more than 25 % per 2 weeks.</summary>
    BreaksAsamLimit,
}
