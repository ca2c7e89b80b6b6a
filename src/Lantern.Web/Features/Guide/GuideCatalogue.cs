namespace Lantern.Web.Features.Guide;

/// <summary>
/// Every guide article and the FAQ, parsed and rendered once at start-up and then only read, so
/// guide pages cost no Markdown work per request. Broken content (a bad date, an unknown audience,
/// a related slug that does not exist) stops start-up with a <see cref="GuideContentException"/>.
/// </summary>
[SharedWithOtherFeatures]
public sealed class GuideCatalogue
{
    public const string FaqSlug = "faq";

    /// <summary>The order the index lists articles in: what it is and whether it fits you, then the sessions, then the rest.</summary>
    private static readonly string[] ReadingOrder =
    [
        "what-ketamine-therapy-is", "conditions-ketamine-may-help", "who-should-not-take-ketamine", "at-home-or-clinic",
        "questions-to-ask-a-provider", "cost", "preparing-for-a-session", "supplements-and-ketamine", "therapist-role-and-integration",
        "integration-circles", "life-after-treatment", "warning-signs", "ketamine-and-memory", "tapering-antidepressants",
        "stopping-benzodiazepines-before-ketamine", "ketamine-for-chronic-pain", "ketamine-and-the-law", "psychedelic-clinical-trials",
        "for-caregivers", "for-therapists",
    ];

    /// <summary>The few articles the signed-out home page points new visitors to first.</summary>
    private static readonly string[] StartHereSlugs =
        ["what-ketamine-therapy-is", "who-should-not-take-ketamine", "preparing-for-a-session", "tapering-antidepressants", "for-caregivers"];

    private readonly Dictionary<string, GuideArticle> _bySlug;

    private GuideCatalogue(IReadOnlyList<GuideArticle> articles, GuideArticle faq)
    {
        Articles = articles;
        Faq = faq;
        _bySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        StartHere = StartHereSlugs.Select(slug => _bySlug.TryGetValue(slug, out var article)
            ? article
            : throw new GuideContentException(slug + ".md", "is on the home page's start-here list but does not exist")).ToArray();
    }

    /// <summary>Articles in reading order, without the FAQ.</summary>
    public IReadOnlyList<GuideArticle> Articles { get; }

    public GuideArticle Faq { get; }

    public IReadOnlyList<GuideArticle> StartHere { get; }

    public GuideArticle? Find(string? slug) => slug is not null && _bySlug.TryGetValue(slug, out var article) ? article : null;

    public IReadOnlyList<GuideArticle> For(GuideAudience? audience) =>
        audience is { } only ? Articles.Where(a => a.IsFor(only)).ToArray() : Articles;

    public IReadOnlyList<GuideArticle> Related(GuideArticle article) =>
        article.RelatedSlugs.Select(slug => slug == FaqSlug ? Faq : _bySlug[slug]).ToArray();

    public static GuideCatalogue Load(IReadOnlyList<GuideContentFile> files)
    {
        var all = files.Select(Build).ToArray();
        var slugs = all.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var article in all)
        {
            var missing = article.RelatedSlugs.Where(slug => !slugs.Contains(slug) || slug == article.Slug).ToArray();
            if (missing.Length > 0)
            {
                throw new GuideContentException(article.Slug + ".md", "related articles that do not exist: " + string.Join(", ", missing));
            }
        }

        var faq = all.SingleOrDefault(a => a.Slug == FaqSlug) ?? throw new GuideContentException(FaqSlug + ".md", "is missing");
        var articles = all.Where(a => a.Slug != FaqSlug)
            .OrderBy(a => Array.IndexOf(ReadingOrder, a.Slug) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ToArray();
        return new GuideCatalogue(articles, faq);
    }

    private static GuideArticle Build(GuideContentFile file)
    {
        var name = file.Slug + ".md";
        var rendered = GuideMarkdown.Render(file.Text);
        var front = GuideFrontMatter.Parse(name, rendered.FrontMatterLines);

        var audiences = front.Audiences.Select(key => GuideAudiences.FromKey(key)
            ?? throw new GuideContentException(name, $"unknown audience \"{key}\"")).Distinct().ToArray();
        if (audiences.Length == 0)
        {
            throw new GuideContentException(name, "needs at least one audience");
        }

        if (front.Sources.Count == 0)
        {
            throw new GuideContentException(name, "lists no sources");
        }

        if (!DateOnly.TryParseExact(front.LastReviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed))
        {
            throw new GuideContentException(name, $"last_reviewed \"{front.LastReviewed}\" is not a yyyy-MM-dd date");
        }

        return new GuideArticle(file.Slug, front.Title, front.Summary, audiences, front.Related, front.Sources, reviewed, rendered.Html, rendered.Sections);
    }
}
