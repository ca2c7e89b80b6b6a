namespace Lantern.Clinical.Tapering;

/// <summary>How a formulation is measured, which decides how a dose is rounded and shown.</summary>
public enum FormulationKind
{
    /// <summary>Counted in tablets; some strengths may be split (see <see cref="Splitting"/>).</summary>
    Tablet,

    /// <summary>Counted in whole capsules; never opened or split by the engine.</summary>
    Capsule,

    /// <summary>Measured in mL from a concentration in mg/mL.</summary>
    OralLiquid,

    /// <summary>Counted in drops from a dropper bottle with a stated mg per drop.</summary>
    OralDrops,

    /// <summary>A strength a pharmacy makes up on request; the person gives its strength.</summary>
    Compounded,
}
