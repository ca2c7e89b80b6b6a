using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>Issue 8, "done means": every topic and every FAQ question the issue names is in the guide.</summary>
public sealed class TopicCoverageTests
{
    /// <summary>Each topic the issue names, the article that covers it, and words that article must explain.</summary>
    public static TheoryData<string, string, string[]> Topics => new()
    {
        { "What ketamine therapy is and how it works", "what-ketamine-therapy-is", ["glutamate", "NMDA", "AMPA", "neuroplasticity"] },
        { "Conditions it may help", "conditions-ketamine-may-help", ["depression"] },
        { "At home versus clinic", "at-home-or-clinic", ["home", "clinic"] },
        { "How to prepare for a session", "preparing-for-a-session", ["prepare", "session"] },
        { "The therapist's role and integration", "therapist-role-and-integration", ["therapist", "integration"] },
        { "Tapering antidepressants: why slowly, hyperbolic tapering, withdrawal versus relapse", "tapering-antidepressants", ["slowly", "hyperbolic", "withdrawal", "relapse"] },
        { "Stopping benzodiazepines before ketamine", "stopping-benzodiazepines-before-ketamine", ["benzodiazepines", "taper"] },
        { "Integration circles", "integration-circles", ["circle"] },
        { "Psychedelic clinical trials: psilocybin, MDMA", "psychedelic-clinical-trials", ["psilocybin", "MDMA", "trial"] },
        // The article names ketamine's schedule only as "a schedule" until the exact one is checked against the law itself.
        { "Ketamine and the law: controlled substance schedule, off-label prescribing", "ketamine-and-the-law", ["controlled", "schedule", "off-label"] },
        { "Ketamine for chronic pain and the risks of long-term opioids", "ketamine-for-chronic-pain", ["opioid", "tolerance", "dependence", "hyperalgesia"] },
        { "Who should not take ketamine", "who-should-not-take-ketamine", ["screening"] },
        { "Warning signs", "warning-signs", ["emergency"] },
        { "What to ask a provider", "questions-to-ask-a-provider", ["ask"] },
        { "For caregivers", "for-caregivers", ["caregiver"] },
        { "For therapists", "for-therapists", ["therapist"] },
        { "Life after treatment: journaling, intention-setting, routines", "life-after-treatment", ["journal", "intention", "routine"] },
        { "Cost", "cost", ["cost", "insurance"] },
    };

    [Theory]
    [MemberData(nameof(Topics))]
    public void Guide_EveryTopicTheIssueNames_HasAnArticleThatExplainsIt(string topic, string slug, string[] words)
    {
        var article = GuideContent.Catalogue.Find(slug);
        Assert.True(article is not null, $"No article \"{slug}\" for the topic \"{topic}\".");

        var text = GuideContent.ReadableText(article);
        var missing = words.Where(word => !Regex.IsMatch(text, @"\b" + Regex.Escape(word), RegexOptions.IgnoreCase)).ToArray();
        Assert.True(missing.Length == 0, $"\"{slug}\" ({topic}) never mentions: {string.Join(", ", missing)}");
    }

    /// <summary>The 19 common questions the issue lists, as the FAQ asks them.</summary>
    private static readonly string[] CommonQuestions =
    [
        "What is ketamine therapy?",
        "Is ketamine therapy safe?",
        "How is ketamine different from antidepressants?",
        "How is ketamine therapy different from street use?",
        "Can ketamine help treatment-resistant depression?",
        "Can ketamine help with PTSD?",
        "Can ketamine help with pain?",
        "What is a ketamine session like?",
        "How do at-home sessions work?",
        "How does ketamine feel?",
        "How long does it last?",
        "Is ketamine therapy ongoing?",
        "Who is a good candidate for ketamine therapy?",
        "Does ketamine conflict with my faith?",
        "Why is ketamine therapy so popular?",
        "How much does ketamine therapy cost?",
        "What are the side effects?",
        "Why does therapy matter alongside ketamine?",
        "What are common fears, and what helps?",
    ];

    public static TheoryData<string> FaqQuestions => new(CommonQuestions);

    [Theory]
    [MemberData(nameof(FaqQuestions))]
    public void Faq_EachCommonQuestion_IsAskedAndAnsweredUnderItsOwnAnchor(string question)
    {
        var entry = GuideContent.Catalogue.Faq.Headed.SingleOrDefault(e => e.Heading == question);

        Assert.True(entry is not null, $"The FAQ does not ask \"{question}\".");
        Assert.False(string.IsNullOrEmpty(entry.Id));
        Assert.True(entry.Passages.Sum(p => p.Length) > 150, $"The answer to \"{question}\" is too short to be an answer.");
    }

    [Fact]
    public void Faq_QuestionList_CoversAllNineteenCommonQuestions()
    {
        var asked = GuideContent.Catalogue.Faq.Headed.Select(e => e.Heading).ToHashSet();

        Assert.Equal(19, CommonQuestions.Distinct().Count());
        Assert.All(CommonQuestions, question => Assert.Contains(question, asked));
    }
}
