namespace Lantern.Web.Features.Sessions;

/// <summary>
/// A change the session's state does not allow right now (409): starting with a blocking blood pressure, logging a
/// check before the dose, starting a second session at once. The body's <c>reason</c> says which; a refused start
/// carries the provider's contact and the reading, and an urgent reading the crisis route.
/// </summary>
public static class SessionConflicts
{
    /// <summary>The conflict for <paramref name="reason"/>, with the start decision and the urgent route when they were the cause.</summary>
    public static ConflictException Refused(string reason, string message, StartGateResponse? gate = null, SafetyResponse? safety = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (gate is not null)
        {
            extensions["provider"] = gate.Provider;
            extensions["reading"] = gate.Reading;
        }

        if (safety is not null)
        {
            extensions["safety"] = safety;
        }

        return new ConflictException(Title(reason), message, reason, extensions);
    }

    private static string Title(string reason) => reason switch
    {
        "urgent" => "Don't start: this blood pressure needs care now",
        "check-with-provider" => "Check with your provider before starting",
        "no-reading" or "stale-reading" => "Record your blood pressure before starting",
        _ => "This change isn't possible right now",
    };
}
