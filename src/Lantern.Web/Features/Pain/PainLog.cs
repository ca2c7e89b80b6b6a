namespace Lantern.Web.Features.Pain;

/// <summary>
/// The pain feature's log lines: ids only. Never the opioid, the dose, an MME figure or a pain score, which are all
/// health data (design.md §5.6; OpioidLogLoggingTests seeds canaries to prove it).
/// </summary>
internal static partial class PainLog
{
    [LoggerMessage(8800, LogLevel.Information, "Opioid dose {EntryId} logged by user {UserId}")]
    public static partial void DoseLogged(ILogger logger, Guid entryId, Guid userId);

    [LoggerMessage(8801, LogLevel.Information, "Opioid dose {EntryId} changed")]
    public static partial void DoseChanged(ILogger logger, Guid entryId);

    [LoggerMessage(8802, LogLevel.Information, "Opioid dose {EntryId} deleted")]
    public static partial void DoseDeleted(ILogger logger, Guid entryId);
}
