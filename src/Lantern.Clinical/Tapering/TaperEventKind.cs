namespace Lantern.Clinical.Tapering;

/// <summary>What the person did at a point in their taper. Each is recorded, and the plan is recomputed from it.</summary>
public enum TaperEventKind
{
    /// <summary>A reduction was made; <see cref="TaperEvent.DoseTakenMg"/> is the dose actually taken from then on.</summary>
    StepTaken,

    /// <summary>Stayed on the current dose because withdrawal symptoms were not resolved or tolerable (NICE QS8).</summary>
    Hold,

    /// <summary>From now on, smaller steps (<see cref="TaperEvent.StepPercent"/> or <see cref="TaperEvent.OccupancyDropPoints"/>).</summary>
    SlowDown,

    /// <summary>Went back to the dose before the last reduction.</summary>
    StepBack,
}
