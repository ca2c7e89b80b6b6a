using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform.Http;

/// <summary>
/// The Content Security Policy allows styles and scripts only from Lantern's own files, so anything inline on a page is
/// refused by the browser and reported as a violation: a <c>style</c> attribute or element, a script without
/// <c>src</c>, an <c>on…</c> handler. The framework's validation-summary tag helper wrote one such attribute (a hidden
/// list item) on every form page; pages now use the one <c>_ErrorSummary</c> partial. These tests walk every view in the
/// source and every page the app serves, signed out and signed in, with and without form errors.
/// </summary>
public sealed partial class InlineContentTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryView_HasNothingInlineTheBrowserWouldRefuse()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Lantern.Web");
        var views = Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.True(views.Length > 50, $"Only {views.Length} views found under {root}.");

        var failures = views
            .SelectMany(path => Problems(File.ReadAllText(path), includeTagHelpers: true).Select(problem => $"{Path.GetRelativePath(root, path)}: {problem}"))
            .ToArray();

        Assert.True(failures.Length == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryPage_SignedOutAndSignedIn_HasNothingInline()
    {
        var patient = await TestUser.CreateAsync(app);
        var failures = new List<string>();
        var pages = 0;
        var routes = EndpointInventory.Read(app.Services)
            .Where(r => r.Method is "GET" or "*" && r.Parameters.Count == 0 && !r.Pattern.StartsWith("/api", StringComparison.Ordinal))
            .Select(r => r.Pattern)
            .Distinct()
            .ToArray();
        foreach (var (who, client) in new[] { ("signed out", app.CreateClient()), ("signed in", patient.Client) })
        {
            foreach (var path in routes)
            {
                var response = await client.GetAsync(path, Ct);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                pages++;
                failures.AddRange(Problems(await response.Content.ReadAsStringAsync(Ct), includeTagHelpers: false).Select(p => $"GET {path} ({who}): {p}"));
            }
        }

        Assert.True(pages >= 40, $"Only {pages} pages answered.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// A refused form, signed in or not. Pages that list every message at the top link each one to its field (the link
    /// must land on an element of the page); the others show messages beside the fields and a summary only for the
    /// whole form. Either way nothing inline.
    /// </summary>
    [Theory]
    [InlineData("/checkin", true, true)]
    [InlineData("/questionnaires/phq9", true, true)]
    [InlineData("/onboarding", true, true)]
    [InlineData("/account/two-factor?handler=Enable", true, true)]
    [InlineData("/account/security?handler=ChangePassword", true, false)]
    [InlineData("/account/sign-up", false, false)]
    [InlineData("/tools/blood-pressure", false, false)]
    [InlineData("/tools/mme", false, false)]
    [InlineData("/tools/cost", false, false)]
    public async Task FormRefused_HasNothingInline_AndEverySummaryLinkLandsOnTheForm(string path, bool signedIn, bool summaryListsEveryField)
    {
        var client = signedIn ? (await TestUser.CreateAsync(app)).Client : app.CreateClient();

        var (status, html, _) = await PageForms.SubmitAsync(client, path, []);

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"POST {path}: {(int)status}");
        var problems = Problems(html, includeTagHelpers: false).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        Assert.True(html.Contains("field-error", StringComparison.Ordinal) || html.Contains("class=\"error-summary\"", StringComparison.Ordinal),
            $"POST {path} with nothing filled in showed no message.");
        if (summaryListsEveryField)
        {
            var summary = SummaryBlock().Match(html);
            Assert.True(summary.Success, $"POST {path}: no error summary.");
            var targets = SummaryLink().Matches(summary.Value).Select(m => m.Groups[1].Value).ToArray();
            Assert.NotEmpty(targets);
            foreach (var target in targets)
            {
                Assert.True(html.Contains($"id=\"{target}\"", StringComparison.Ordinal), $"POST {path}: the summary links to #{target}, which is not on the page.");
            }
        }
    }

    [GeneratedRegex("""<div class="error-summary".*?</div>""", RegexOptions.Singleline)]
    private static partial Regex SummaryBlock();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex SummaryLink();

    private static IEnumerable<string> Problems(string html, bool includeTagHelpers)
    {
        foreach (Match match in InlineStyleAttribute().Matches(html))
        {
            yield return $"a style attribute ({match.Value})";
        }

        if (StyleElement().IsMatch(html))
        {
            yield return "a <style> element";
        }

        foreach (Match match in InlineScript().Matches(html))
        {
            yield return $"a script without src ({match.Value})";
        }

        foreach (Match match in EventHandlerAttribute().Matches(html))
        {
            yield return $"an inline event handler ({match.Value})";
        }

        if (includeTagHelpers && html.Contains("asp-validation-summary", StringComparison.Ordinal))
        {
            yield return "the validation-summary tag helper (it writes a hidden item with a style attribute); use the _ErrorSummary partial";
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lantern.slnx not found above the test output.");
    }

    [GeneratedRegex("""<[a-zA-Z][^>]*\sstyle\s*=\s*["'][^"']*["']""")]
    private static partial Regex InlineStyleAttribute();

    [GeneratedRegex("<style[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""<[a-zA-Z][^>]*\son[a-z]+\s*=\s*["']""")]
    private static partial Regex EventHandlerAttribute();
}
