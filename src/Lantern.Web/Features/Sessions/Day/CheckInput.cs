using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.Day;

/// <summary>The 15-minute check as a support person taps it in.</summary>
public sealed class CheckInput
{
    public string? Responsiveness { get; set; }
    public string? Calmness { get; set; }
    public bool BreathingConcern { get; set; }
    [MultiLine]
    public string? Note { get; set; }

    /// <summary>
    /// A fresh key for each form the server renders (and each check sessions.js keeps while offline), so a form sent
    /// twice (a double tap, a retry) saves one check.
    /// </summary>
    public Guid? Key { get; set; } = Guid.NewGuid();

    public RecordCheckRequest ToRequest() => new(Responsiveness, Calmness, BreathingConcern, Note, Key);
}
