namespace Lantern.Clinical.Tapering;

/// <summary>Codes for <see cref="TaperStepKind"/>.</summary>
public static class TaperStepKinds
{
    public static string ToCode(this TaperStepKind kind) => kind switch
    {
        TaperStepKind.Planned => "planned",
        TaperStepKind.Stop => "stop",
        TaperStepKind.Taken => "taken",
        TaperStepKind.Held => "held",
        TaperStepKind.SlowedDown => "slowed-down",
        TaperStepKind.SteppedBack => "stepped-back",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for rows the person has recorded, false for proposals.</summary>
    public static bool IsRecorded(this TaperStepKind kind) => kind is not (TaperStepKind.Planned or TaperStepKind.Stop);
}
