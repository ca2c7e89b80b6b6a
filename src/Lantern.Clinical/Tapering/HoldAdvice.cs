namespace Lantern.Clinical.Tapering;

/// <summary>The hold rule's answer for the next reduction.</summary>
public enum HoldAdvice
{
    /// <summary>Symptoms are resolved or tolerable: the next reduction may go ahead as planned.</summary>
    GoAhead,

    /// <summary>Symptoms are not tolerable: stay on the current dose and talk to the prescriber.</summary>
    Hold,

    /// <summary>No answer yet: check how symptoms are before reducing.</summary>
    CheckSymptomsFirst,
}
