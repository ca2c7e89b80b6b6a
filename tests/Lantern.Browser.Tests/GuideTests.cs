using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 8: a visitor reads the guide on a 360 px phone without signing in: index, article, FAQ, search; and the
/// "Done means" walk: guide index → article → search → clinic checklist → print view, axe clean, with screenshots.
/// </summary>
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
    public async Task Faq_AtPhoneWidth_TopicLinkJumpsToItsQuestionsAndAQuestionOpensItsAnswer()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 780);
        await page.GotoAsync("/guide/faq");

        var topics = page.GetByRole(AriaRole.Navigation, new() { Name = "Topics" });
        await topics.GetByRole(AriaRole.Link, new() { Name = "Who it may help" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#topic-who$"));
        var question = page.Locator("#does-ketamine-conflict-with-my-faith");
        await question.Locator("summary").ClickAsync();

        await Assertions.Expect(question).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(question.Locator(".faq-answer")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "guide-faq-360");
    }

    [Fact]
    public async Task Guide_IndexArticleSearchChecklistPrint_AtPhoneWidth_IsAccessibleAndFits()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 780);
        var csp = BrowserFixture.WatchCsp(page);

        // Index, then the article about what to ask.
        await page.GotoAsync("/guide");
        await page.GetByRole(AriaRole.Link, new() { Name = "Questions to ask a provider", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Questions to ask a provider" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "guide-tools-article-360");

        // Search from the guide for the checklist's subject.
        await page.GotoAsync("/guide");
        await page.GetByLabel("Search the guide").FillAsync("clinic questions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SearchUrl());
        var result = page.Locator("ol.guide-results > li").GetByRole(AriaRole.Link, new() { Name = "Questions to ask a provider", Exact = true });
        await BrowserFixture.CheckPageAsync(page, "guide-tools-search-360");
        await result.ClickAsync();

        // The article links to the checklist.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "clinic checklist" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Questions to ask a clinic" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "clinic-checklist-blank-360");

        // Fill it in signed out and show it ready to print; nothing is saved.
        await page.GetByLabel("Clinic name").FillAsync("Harbor Clinic");
        var licensed = page.GetByRole(AriaRole.Group, new() { Name = "Is the clinic licensed, with a named medical professional in charge?" });
        await licensed.GetByLabel("Yes").CheckAsync();
        await licensed.GetByLabel("Notes (optional)").FillAsync("Dr. Rao leads the team.");
        await page.GetByRole(AriaRole.Group, new() { Name = "What is the full cost, and what does it cover?" }).GetByLabel("Unsure").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my answers ready to print" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your answers for Harbor Clinic" });
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.GetByText("Dr. Rao leads the team.")).ToBeVisibleAsync();
        await BrowserFixture.AssertFitsAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);

        // The print view: no header, buttons or form, just the answers.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show my answers ready to print" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Clinic name")).ToBeHiddenAsync();
        await Assertions.Expect(preview.GetByText("Dr. Rao leads the team.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "clinic-checklist-print-360");

        // The blank checklist prints as a form to write on.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/tools/clinic-questions");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Clinic name")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "clinic-checklist-blank-print-360");

        Assert.Empty(csp);
    }

    [GeneratedRegex("/guide$")]
    private static partial Regex GuideIndexUrl();

    [GeneratedRegex("/guide/search\\?q=clinic\\+questions$")]
    private static partial Regex SearchUrl();
}
