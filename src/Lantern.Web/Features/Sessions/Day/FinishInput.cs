using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.Day;

/// <summary>Finishing: how are you now, an optional note, and the early-finish confirmation.</summary>
public sealed class FinishInput
{
    public string? Feeling { get; set; }
    [MultiLine]
    public string? Note { get; set; }
    public bool ConfirmEarly { get; set; }

    public FinishSessionRequest ToRequest() => new(Feeling ?? string.Empty, Note ?? string.Empty, ConfirmEarly);
}
