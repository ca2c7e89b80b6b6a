using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Guide;

/// <summary>
/// The FAQ, grouped by topic with the topics listed first; each answer folds away under its question (details and
/// summary, so it opens without JavaScript). Every question keeps its anchor, on its fold, so links from search and
/// other articles still land on it. A question no topic names still shows, under "More questions", and a test fails
/// until it is given a topic.
/// </summary>
[AllowAnonymous]
public sealed class FaqModel(GuideCatalogue catalogue) : PageModel
{
    /// <summary>One topic and its questions, in the order the FAQ file has them.</summary>
    public sealed record FaqTopic(string Id, string Title, IReadOnlyList<GuideSection> Questions, bool OpenByDefault);

    /// <summary>Topics and the questions (as headed in faq.md) under each. The crisis question is always open.</summary>
    internal static readonly (string Id, string Title, string[] Questions, bool Open)[] TopicPlan =
    [
        ("topic-help-now", "Help right now", ["Where can I get help right now?"], true),
        ("topic-about", "What ketamine therapy is", [
            "What is ketamine therapy?", "How is ketamine different from antidepressants?", "How is ketamine therapy different from street use?",
            "Why is ketamine therapy so popular?", "Is ketamine therapy ongoing?"], false),
        ("topic-who", "Who it may help", [
            "Can ketamine help treatment-resistant depression?", "Can ketamine help with PTSD?", "Can ketamine help with pain?",
            "Who is a good candidate for ketamine therapy?", "Does ketamine conflict with my faith?"], false),
        ("topic-sessions", "Sessions and how they feel", [
            "What is a ketamine session like?", "How do at-home sessions work?", "How does ketamine feel?", "How long does it last?",
            "Why does therapy matter alongside ketamine?"], false),
        ("topic-safety", "Safety, side effects and cost", [
            "Is ketamine therapy safe?", "What are the side effects?", "What are common fears, and what helps?",
            "How much does ketamine therapy cost?"], false),
    ];

    public GuideArticle Faq => catalogue.Faq;

    public IReadOnlyList<GuideArticle> Related => catalogue.Related(catalogue.Faq);

    /// <summary>The topics with their questions; anything unplaced comes last under "More questions".</summary>
    public IReadOnlyList<FaqTopic> Topics
    {
        get
        {
            var questions = Faq.Headed;
            var topics = TopicPlan
                .Select(t => new FaqTopic(t.Id, t.Title, questions.Where(q => t.Questions.Contains(q.Heading)).ToArray(), t.Open))
                .Where(t => t.Questions.Count > 0)
                .ToList();
            var placed = TopicPlan.SelectMany(t => t.Questions).ToHashSet(StringComparer.Ordinal);
            var rest = questions.Where(q => !placed.Contains(q.Heading ?? string.Empty)).ToArray();
            if (rest.Length > 0)
            {
                topics.Add(new FaqTopic("topic-more", "More questions", rest, false));
            }

            return topics;
        }
    }

    public void OnGet()
    {
    }
}
