namespace Lantern.Clinical.Screening;

/// <summary>Who will be with the person during at-home doses. Default <see cref="NotAnswered"/> is rejected.</summary>
public enum SupportAtHome
{
    NotAnswered = 0,

    /// <summary>A trusted adult will be physically present during every dose (as the at-home study required).</summary>
    AdultPresentDuringDoses,

    /// <summary>Someone can be reached by phone but will not be in the room.</summary>
    SomeoneReachableNotPresent,

    /// <summary>Nobody will be with them.</summary>
    NoOne,
}
