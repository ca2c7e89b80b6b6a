using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>Issue 8: a visitor reads the guide on a 360 px phone without signing in: index, article, FAQ, search.</summary>
public sealed partial class GuideTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task Guide_IndexToArticleToSearch_AtPhoneWidth_IsAccessibleAndFits()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 780);
        var cspViolations = BrowserFixture.WatchCsp(page);

        // Home leads to the guide.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Read the guide" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(GuideIndexUrl());

        // Index, then filter to caregivers.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "The Lantern guide" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "guide-index-360");

        var filter = page.GetByRole(AriaRole.Navigation, new() { Name = "Show articles for" });
        await filter.GetByRole(AriaRole.Link, new() { Name = "Caregivers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Articles for caregivers" })).ToBeVisibleAsync();
        await Assertions.Expect(filter.GetByRole(AriaRole.Link, new() { Name = "Caregivers" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "For therapists", Exact = true })).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(page);

        // An article, and its table of contents.
        await page.GetByRole(AriaRole.Link, new() { Name = "What ketamine therapy is", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "What ketamine therapy is" })).ToBeVisibleAsync();
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" });
        await contents.GetByRole(AriaRole.Link, new() { Name = "How it may work, in plain words" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#how-it-may-work-in-plain-words$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sources" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Get help now" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "guide-article-360");

        // Search from the guide, without JavaScript doing anything: a plain GET form.
        await page.GotoAsync("/guide");
        await page.GetByLabel("Search the guide").FillAsync("taper");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/guide/search\\?q=taper$"));
        var results = page.Locator("ol.guide-results > li");
        await Assertions.Expect(results.First.GetByRole(AriaRole.Link)).ToHaveTextAsync("Tapering antidepressants slowly");
        await Assertions.Expect(results.First.Locator("mark").First).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "guide-search-360");

        await results.First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Tapering antidepressants slowly" })).ToBeVisibleAsync();

        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task Faq_AtPhoneWidth_QuestionLinksJumpToAnswersAndPageIsAccessible()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 780);
        await page.GotoAsync("/guide/faq");

        var questions = page.GetByRole(AriaRole.Navigation, new() { Name = "Questions" });
        await Assertions.Expect(questions.GetByRole(AriaRole.Link)).ToHaveCountAsync(20);
        await questions.GetByRole(AriaRole.Link, new() { Name = "Does ketamine conflict with my faith?" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#does-ketamine-conflict-with-my-faith$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Does ketamine conflict with my faith?" })).ToBeInViewportAsync();
        await BrowserFixture.CheckPageAsync(page, "guide-faq-360");
    }

    [GeneratedRegex("/guide$")]
    private static partial Regex GuideIndexUrl();
}
