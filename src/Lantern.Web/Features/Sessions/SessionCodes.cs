using Lantern.Clinical.Ketamine;

namespace Lantern.Web.Features.Sessions;

/// <summary>The feature's stable codes for JSON and forms, in one place.</summary>
[SharedWithOtherFeatures]
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

    /// <summary>The check answer as the form words it, lower-cased to sit inside a sentence ("awake and responds, calm").</summary>
    public static string ResponsivenessLabel(string code) =>
        IndexOf(SupportCheckAnswers.ResponsivenessCodes, code) is var i and >= 0 ? InSentence(SupportCheckAnswers.ToLabel((Responsiveness)i)) : code;

    public static string CalmnessLabel(string code) =>
        IndexOf(SupportCheckAnswers.CalmnessCodes, code) is var i and >= 0 ? InSentence(SupportCheckAnswers.ToLabel((Calmness)i)) : code;

    private static int IndexOf(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static string InSentence(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    public static IReadOnlyList<string> Split(string stored) =>
        stored.Length == 0 ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> codes) => string.Join(',', codes);
}
