namespace Lantern.Clinical.Tapering;

/// <summary>What a row of the schedule is: something recorded, or something proposed.</summary>
public enum TaperStepKind
{
    /// <summary>A proposed reduction. It goes ahead only if withdrawal symptoms are resolved or tolerable.</summary>
    Planned,

    /// <summary>The proposed last step: stopping from the final dose.</summary>
    Stop,

    /// <summary>A recorded reduction, at the dose actually taken.</summary>
    Taken,

    /// <summary>A recorded hold at the current dose.</summary>
    Held,

    /// <summary>A recorded change to smaller steps.</summary>
    SlowedDown,

    /// <summary>A recorded return to the previous dose.</summary>
    SteppedBack,
}
