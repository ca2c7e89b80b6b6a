namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// Log lines of the questionnaires. Ids and counts only: never scores, answers, notes, tags or which warning sign was reported,
/// because any of those would put health data in the logs.
/// </summary>
internal static partial class QuestionnairesLog
{
    [LoggerMessage(4002, LogLevel.Information, "Questionnaire response {ResponseId} saved")]
    public static partial void QuestionnaireSaved(ILogger logger, Guid responseId);
}
