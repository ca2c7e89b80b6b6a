using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Clinical.Costs;
using Lantern.Web.Features.Guide;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>
/// Issue 12 item 7: the FAQ and the cost article said Lantern prints no prices while the cost estimator showed
/// published price ranges. What the guide says about prices must follow what the estimator really shows, read
/// from the estimator's own page, in every guide file, so the next change to either side cannot leave them apart.
/// </summary>
public sealed partial class PriceWordingTests(SharedApp app)
{
    private static IEnumerable<(string Slug, string Paragraph)> Paragraphs() =>
        GuideContent.Files.SelectMany(file => Regex.Split(FleschKincaid.StripFrontMatter(file.Text).Replace("\r\n", "\n", StringComparison.Ordinal), @"\n\s*\n")
            .Select(paragraph => (file.Slug, Paragraph: paragraph.Trim()))
            .Where(p => p.Paragraph.Length > 0));

    /// <summary>The dollar figures the estimator's result shows for a route, with no quote of the reader's own.</summary>
    private async Task<string[]> FiguresShownForAsync(TreatmentRoute route)
    {
        var html = await PageForms.SubmitForPageAsync(app.CreateBrowserlikeClient(), "/tools/cost",
            [("Route", route.ToCode()), ("SessionsInCourse", "6"), ("Boosters", "none"), ("Insurance", "no")]);
        var result = html.IndexOf("id=\"cost-result\"", StringComparison.Ordinal) is var start and >= 0
            ? html[start..html.IndexOf("<form", start, StringComparison.Ordinal)]
            : string.Empty;
        return Dollars().Matches(result).Select(m => m.Value).ToArray();
    }

    [Fact]
    public async Task GuidePriceWording_ComparedWithTheEstimatorPage_AgreesOnWhetherPricesAreShown()
    {
        var shown = new List<TreatmentRoute>();
        foreach (var route in Enum.GetValues<TreatmentRoute>())
        {
            if ((await FiguresShownForAsync(route)).Length > 0)
            {
                shown.Add(route);
            }
        }

        var paragraphs = Paragraphs().ToArray();
        var denials = paragraphs.Where(p => PriceDenial().IsMatch(p.Paragraph)).ToArray();
        var aboutTheEstimator = paragraphs.Where(p => p.Paragraph.Contains("cost estimator", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.Contains(aboutTheEstimator, p => p.Slug == GuideCatalogue.FaqSlug);
        Assert.Contains(aboutTheEstimator, p => p.Slug == "cost");
        if (shown.Count > 0)
        {
            Assert.True(denials.Length == 0, "The estimator shows published prices, but the guide says it does not: "
                + string.Join(" | ", denials.Select(d => $"{d.Slug}.md: {d.Paragraph}")));
            Assert.All(aboutTheEstimator, p =>
            {
                Assert.Contains("[cost estimator](/tools/cost)", p.Paragraph, StringComparison.Ordinal);
                Assert.Contains("published price ranges", p.Paragraph, StringComparison.Ordinal);
            });
        }
        else
        {
            Assert.All(aboutTheEstimator, p => Assert.Matches(PriceDenial(), p.Paragraph));
        }
    }

    [Fact]
    public void GuideDollarFigures_EveryOne_IsAFigureTheEstimatorUses()
    {
        var known = CostFigures.All.SelectMany(f => new[] { f.PerSession.Low, f.PerSession.High })
            .Select(amount => amount.ToString("$#,0", CultureInfo.GetCultureInfo("en-US"))).ToHashSet(StringComparer.Ordinal);

        var printed = Paragraphs().SelectMany(p => Dollars().Matches(p.Paragraph).Select(m => (p.Slug, m.Value))).ToArray();

        Assert.All(printed, figure => Assert.True(known.Contains(figure.Value),
            $"{figure.Slug}.md prints {figure.Value}, which is not a figure the cost estimator uses; the two would drift apart."));
    }

    [Fact]
    public void CostArticle_InsuredPrices_SaysWhatTheEstimatorHas()
    {
        var insuredRows = Enum.GetValues<TreatmentRoute>().Count(route => CostFigures.For(route, Payer.Insured) is not null);
        var cost = string.Join('\n', Paragraphs().Where(p => p.Slug == "cost").Select(p => p.Paragraph));

        var saysNoInsuredFigures = cost.Contains("no figures for what people with insurance pay", StringComparison.Ordinal);

        Assert.Equal(insuredRows == 0, saysNoInsuredFigures);
    }

    [Theory]
    [InlineData("We do not list prices on this page.", true)]
    [InlineData("We do not print prices, because they change.", true)]
    [InlineData("We would rather not give you a number we cannot stand behind.", true)]
    [InlineData("Lantern's cost estimator shows published price ranges.", false)]
    [InlineData("Ask whether the price covers the medicine.", false)]
    public void PriceDenial_Sentences_AreRecognised(string sentence, bool denies) => Assert.Equal(denies, PriceDenial().IsMatch(sentence));

    [GeneratedRegex(@"\b(?:do not|don't|does not|doesn't|never|will not|won't|rather not)\s+(?:print|list|show|give|publish|include)\b[^.]*\b(?:prices?|numbers?|figures?)\b|\bno prices\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceDenial();

    [GeneratedRegex(@"\$\d[\d,]*(?:\.\d\d)?")]
    private static partial Regex Dollars();
}
