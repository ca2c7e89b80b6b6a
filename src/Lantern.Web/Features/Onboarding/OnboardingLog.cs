namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// Log lines of onboarding. Ids and counts only: never scores, answers, notes, tags or which warning sign was reported,
/// because any of those would put health data in the logs.
/// </summary>
internal static partial class OnboardingLog
{
    [LoggerMessage(4005, LogLevel.Information, "Suitability screening {ScreeningId} saved")]
    public static partial void ScreeningSaved(ILogger logger, Guid screeningId);

    [LoggerMessage(4051, LogLevel.Debug, "Onboarding draft {DraftId} saved (steps done: {StepsDone})")]
    public static partial void DraftSaved(ILogger logger, Guid draftId, int stepsDone);
}
