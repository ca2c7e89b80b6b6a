using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// The FAQ was one 21,344 px page at 1280 px. Its questions are now grouped under topics listed at the top, each answer
/// folded under its question; every question is still one click away, with JavaScript or without.
/// </summary>
public sealed class FaqLayoutTests(BrowserFixture browser)
{
    /// <summary>The page's height at 1280 px before the questions were folded.</summary>
    private const int HeightBefore = 21_344;

    [Theory]
    [InlineData(1280, true)]
    [InlineData(360, true)]
    [InlineData(1280, false)]
    public async Task Faq_Grouped_IsAFractionOfItsOldHeightAndEveryQuestionOpens(int width, bool javaScript)
    {
        var page = await browser.NewPageAsync(width, 900, javaScript);
        var csp = BrowserFixture.WatchCsp(page);
        await page.GotoAsync("/guide/faq");

        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        if (width == 1280)
        {
            Assert.True(height < HeightBefore / 3, $"The FAQ is {height} px tall at 1280 px");
        }

        var topics = page.GetByRole(AriaRole.Navigation, new() { Name = "Topics" }).GetByRole(AriaRole.Link);
        Assert.True(await topics.CountAsync() >= 4);
        var questions = page.Locator("details.faq-item");
        var count = await questions.CountAsync();
        Assert.True(count >= 19, $"{count} questions");
        for (var i = 0; i < count; i++)
        {
            var question = questions.Nth(i);
            if (await question.GetAttributeAsync("open") is null)
            {
                await question.Locator("summary").ClickAsync();
            }

            await Assertions.Expect(question.Locator(".faq-answer")).ToBeVisibleAsync();
        }

        if (javaScript)
        {
            await BrowserFixture.CheckPageAsync(page, $"faq-open-{width}");
        }
        else
        {
            await browser.AssertAccessibleWithoutJavaScriptAsync(page);
        }

        Assert.Empty(csp);
    }

    [Fact]
    public async Task Faq_LinkToAQuestion_OpensItsAnswer()
    {
        var page = await browser.NewPageAsync(1280, 900);

        await page.GotoAsync("/guide/faq#does-ketamine-conflict-with-my-faith");

        await Assertions.Expect(page.Locator("#does-ketamine-conflict-with-my-faith .faq-answer")).ToBeVisibleAsync();
    }
}
