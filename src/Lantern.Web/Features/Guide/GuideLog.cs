namespace Lantern.Web.Features.Guide;

/// <summary>The guide's log lines, source-generated. They count content; they never hold a search query.</summary>
internal static partial class GuideLog
{
    [LoggerMessage(4100, LogLevel.Information, "Guide loaded: {ArticleCount} articles and {QuestionCount} FAQ questions")]
    public static partial void Loaded(ILogger logger, int articleCount, int questionCount);
}
