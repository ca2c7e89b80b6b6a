using Lantern.Web.Tests.Infrastructure;
using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>
/// Issue 8, "done means": every topic and every FAQ question the issue names is in the guide. Issue 12 item 7 added
/// the seed's topics that were missing (memory, supplements) and the gaps inside existing articles (withdrawal
/// symptoms, bladder symptoms, the schedule, the 2018 pain consensus), so none of them can silently disappear.
/// </summary>
[NeedsNoDatabase]
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
        { "Common withdrawal symptoms (NICE NG222 1.4.14)", "tapering-antidepressants", ["Common withdrawal symptoms", "dizzy", "restless", "sleeping", "sweating", "headaches", "brain zaps"] },
        { "Stopping benzodiazepines before ketamine", "stopping-benzodiazepines-before-ketamine", ["benzodiazepines", "taper"] },
        { "Integration circles", "integration-circles", ["circle"] },
        { "Psychedelic clinical trials: psilocybin, MDMA", "psychedelic-clinical-trials", ["psilocybin", "MDMA", "trial"] },
        { "Ketamine and the law: controlled substance schedule, off-label prescribing", "ketamine-and-the-law", ["controlled", "Schedule III", "off-label", "refilled"] },
        { "Ketamine for chronic pain and the risks of long-term opioids", "ketamine-for-chronic-pain", ["opioid", "tolerance", "dependence", "hyperalgesia"] },
        { "The 2018 consensus guidelines on IV ketamine for chronic pain", "ketamine-for-chronic-pain", ["2018", "guidelines", "kind of pain", "dose"] },
        { "Who should not take ketamine", "who-should-not-take-ketamine", ["screening"] },
        { "Warning signs", "warning-signs", ["emergency"] },
        { "Bladder and urinary symptoms (ketamine cystitis)", "warning-signs", ["bladder", "urine", "blood in your urine", "same day"] },
        { "Ketamine and memory", "ketamine-and-memory", ["memory", "evidence is limited", "frequent", "prescriber"] },
        { "Supplements", "supplements-and-ketamine", ["supplement", "St John's wort", "grapefruit", "prescriber"] },
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

    /// <summary>
    /// Claims added for issue 12 item 7 and the source each rests on. Any guide file that makes the claim, now or
    /// later, must list that source, so a claim cannot travel to another page without what supports it.
    /// </summary>
    public static TheoryData<string, string, string> ClaimsAndTheirSources => new()
    {
        { "ketamine is in Schedule III", @"\bSchedule III\b", "Placement of Ketamine into Schedule III" },
        { "what Schedule III means", @"\bmoderate or low physical dependence\b", "21 U.S.C. 812(b)(3)" },
        { "Schedule III refill limits", @"\brefilled no more than five times\b", "21 CFR 1306.22" },
        { "NICE's list of withdrawal symptoms", @"\bNICE lists these among the symptoms\b", "Depression in adults: treatment and management (NG222)" },
        { "brain zaps", @"\bbrain zaps\b", "Brain zaps: an underappreciated symptom" },
        { "ketamine and the bladder", @"\bbladder\b", "Ketamine-induced cystitis" },
        { "the 2018 consensus on ketamine for chronic pain", @"\b2018\b[^.]*\bguidelines\b", "Consensus guidelines on the use of intravenous ketamine infusions for chronic pain" },
        { "esketamine and memory tests", @"\b40 minutes after the dose\b|\bForty minutes after the dose\b", "Effect of intranasal esketamine on cognitive functioning" },
        { "memory in frequent users", @"\bmainly in frequent users\b", "Consequences of chronic ketamine self-administration" },
        { "St John's wort with ketamine", @"\bSt John's wort\b[^.]*\bketamine\b|\bketamine\b[^.]*\bSt John's wort\b", "St John's wort greatly decreases the plasma concentrations of oral S-ketamine" },
        { "grapefruit juice with ketamine", @"\bgrapefruit\b", "greatly increased by grapefruit juice" },
        { "supplements are not reviewed before sale", @"\bdoes not review supplements\b", "Information for Consumers on Using Dietary Supplements" },
    };

    [Theory]
    [MemberData(nameof(ClaimsAndTheirSources))]
    public void Guide_EveryFileMakingAClaim_ListsTheSourceForIt(string claim, string pattern, string source)
    {
        var making = GuideContent.Catalogue.Articles.Append(GuideContent.Catalogue.Faq)
            .Where(article => Regex.IsMatch(GuideContent.ReadableText(article), pattern, RegexOptions.IgnoreCase))
            .ToArray();

        Assert.True(making.Length > 0, $"No guide page says {claim} any more; remove this row or restore the text.");
        Assert.All(making, article => Assert.True(article.Sources.Any(s => s.Contains(source, StringComparison.OrdinalIgnoreCase)),
            $"{article.Slug}.md says {claim} but does not list \"{source}\" among its sources."));
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
