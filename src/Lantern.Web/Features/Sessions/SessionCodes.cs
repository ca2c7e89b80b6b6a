namespace Lantern.Web.Features.Sessions;

/// <summary>The feature's stable codes for JSON and forms, in one place.</summary>
public static class SessionCodes
{
    public static IReadOnlyList<string> BenzodiazepineAnswers { get; } = ["yes", "no", "not-sure"];

    public static IReadOnlyList<string> ClosingFeelings { get; } = ["okay", "mixed", "not-okay"];

    public static string ToCode(SessionState state) => state switch
    {
        SessionState.Planned => "planned",
        SessionState.Started => "started",
        SessionState.Finished => "finished",
        SessionState.Cancelled => "cancelled",
    };

    public static SessionState? StateFromCode(string? code) =>
        Enum.GetValues<SessionState>().Cast<SessionState?>().FirstOrDefault(s => ToCode(s!.Value) == code?.Trim().ToLowerInvariant());

    public static string ToCode(VitalTiming timing) => timing switch
    {
        VitalTiming.Before => "before",
        VitalTiming.FortyMinutes => "forty-minutes",
        VitalTiming.During => "during",
        VitalTiming.After => "after",
    };

    public static string ToLabel(VitalTiming timing) => timing switch
    {
        VitalTiming.Before => "Before the dose",
        VitalTiming.FortyMinutes => "About 40 minutes after",
        VitalTiming.During => "During the session",
        VitalTiming.After => "After the session",
    };

    public static string StateLabel(SessionState state) => state switch
    {
        SessionState.Planned => "Planned",
        SessionState.Started => "In progress",
        SessionState.Finished => "Done",
        SessionState.Cancelled => "Cancelled",
    };

    public static string ClosingLabel(string? code) => code switch
    {
        "okay" => "Okay",
        "mixed" => "Mixed",
        "not-okay" => "Not okay",
        _ => "Not said",
    };

    public static string ResponsivenessLabel(string code) => code switch
    {
        "awake" => "awake and responding",
        "drowsy" => "drowsy, but answered",
        "hard-to-wake" => "hard to wake",
        _ => code,
    };

    public static string CalmnessLabel(string code) => code switch
    {
        "calm" => "calm",
        "uneasy" => "a bit uneasy, but settled",
        "very-distressed" => "very distressed",
        _ => code,
    };

    public static IReadOnlyList<string> Split(string stored) =>
        stored.Length == 0 ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> codes) => string.Join(',', codes);
}
