using Lantern.Web.Platform.Crisis;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// A change the session's state does not allow right now (409): starting with a blocking blood pressure, logging a
/// check before the dose, starting a second session at once. <see cref="Gate"/> carries the start decision, with the
/// provider's contact, when that was the reason.
/// </summary>
public sealed class SessionConflictException(string reason, string message, StartGateResponse? gate = null, SafetyResponse? safety = null)
    : Exception(message)
{
    public string Reason { get; } = reason;

    public StartGateResponse? Gate { get; } = gate;

    /// <summary>The urgent route, when the refusal is because of an urgent reading.</summary>
    public SafetyResponse? Safety { get; } = safety;
}
