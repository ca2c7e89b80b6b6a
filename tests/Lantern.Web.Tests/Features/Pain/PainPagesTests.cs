using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Features.Pain.PainApi;

namespace Lantern.Web.Tests.Features.Pain;

/// <summary>
/// The pain pages as a browser without JavaScript uses them: plain form posts with the antiforgery token, the same
/// handlers as the API, errors beside the fields, the charts with words and a table, and the prescriber guidance.
/// </summary>
public sealed class PainPagesTests(SharedApp app)
{
    [Fact]
    public async Task PainPage_WithLoggedDoses_ShowsChartsSummaryTableAndPrescriberGuidance()
    {
        var user = await TestUser.CreateAsync(app);
        await LogAsync(user, Dose("oxycodone", 30, "2026-11-01"));
        await LogAsync(user, Dose("hydromorphone", 4, "2026-11-10"));

        var html = await PageForms.GetPageAsync(user.Client, "/pain?range=30");

        Assert.Contains("Changes to opioid doses are made with your prescriber.", html, StringComparison.Ordinal);
        Assert.Contains("Do not use it to convert one opioid to another.", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"mme-narrow-title\">Morphine milligram equivalents (MME) per day</title>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"reference reference-50\"", html, StringComparison.Ordinal);
        Assert.Contains("≥90 MME/day reference (from a secondary source)", html, StringComparison.Ordinal);
        Assert.Contains("90 MME/day or more: the 2016 CDC guideline advised avoiding this level", html, StringComparison.Ordinal);
        Assert.Contains("Seen only in a secondary source; not yet checked against the original.", html, StringComparison.Ordinal);
        Assert.Contains("MME per day ranged from 0 to 65", html, StringComparison.Ordinal);
        Assert.Contains("<td>65</td>", html, StringComparison.Ordinal);
        Assert.Contains("Hydromorphone, 4 mg/day", html, StringComparison.Ordinal);
        Assert.Contains("20 MME a day", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/pain?range=30\" aria-current=\"page\">30 days</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/pain\" aria-current=\"page\">Pain</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)<script(?![^>]*\bsrc=)", html);
    }

    [Fact]
    public async Task PainPage_AddThroughTheForm_SavesAndListsIt()
    {
        var user = await TestUser.CreateAsync(app);

        var saved = await PageForms.SubmitAsync(user.Client, "/pain", [("Input.Opioid", "fentanyl-patch"), ("Input.DailyDose", "12,5"), ("Input.Unit", "mcg/h"), ("Input.From", "2026-11-20")]);
        var html = await PageForms.GetPageAsync(user.Client, "/pain");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("Opioid dose saved.", html, StringComparison.Ordinal);
        Assert.Contains("Fentanyl transdermal patch, 12.5 mcg/h", html, StringComparison.Ordinal);
        Assert.Contains("30 MME a day", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PainPage_PatchEnteredInMg_ShowsTheUnitErrorBesideTheFieldAndKeepsWhatWasTyped()
    {
        var user = await TestUser.CreateAsync(app);

        var page = await PageForms.SubmitAsync(user.Client, "/pain", [("Input.Opioid", "fentanyl-patch"), ("Input.DailyDose", "25"), ("Input.Unit", "mg/day"), ("Input.From", "2026-11-20")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<a href=\"#unit-mg\">Fentanyl transdermal patch is entered in mcg/h, not &#x27;mg/day&#x27;.</a>", page.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"dailyDose\"[^>]*value=\"25\"", page.Html);
        Assert.Contains("<option value=\"fentanyl-patch\" selected=\"selected\">", page.Html, StringComparison.Ordinal);
        Assert.Empty((await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/opioid-doses", TestContext.Current.CancellationToken)).EnumerateArray());
    }

    [Fact]
    public async Task PainPage_NoUnitAndNotANumber_ShowsBothErrors()
    {
        var user = await TestUser.CreateAsync(app);

        var page = await PageForms.SubmitAsync(user.Client, "/pain", [("Input.Opioid", "morphine"), ("Input.DailyDose", "sixty"), ("Input.From", "2026-11-20")]);

        Assert.Contains("<a href=\"#dailyDose\">Give a number, for example 12.5.</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#unit-mg\">Choose the unit: mg a day, or mcg an hour for a fentanyl patch.</a>", page.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"dailyDose\"[^>]*value=\"sixty\"[^>]*aria-invalid=\"true\"", page.Html);
    }

    [Fact]
    public async Task OpioidPage_ChangeAndDelete_UpdateTheLog()
    {
        var user = await TestUser.CreateAsync(app);
        var id = Id(await LogAsync(user, Dose("codeine", 240, "2026-11-01")));
        var path = $"/pain/opioids/{id}";

        var form = await PageForms.GetPageAsync(user.Client, path);
        var changed = await PageForms.SubmitAsync(user.Client, path, [("Input.Opioid", "codeine"), ("Input.DailyDose", "120"), ("Input.Unit", "mg/day"), ("Input.From", "2026-11-01"), ("Input.To", "2026-11-15")]);
        var afterChange = await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/opioid-doses/{id}", TestContext.Current.CancellationToken);
        var deleted = await PageForms.SubmitAsync(user.Client, $"{path}?handler=Delete", []);

        Assert.Contains("value=\"240\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Equal(18m, afterChange.GetProperty("mmePerDay").GetDecimal());
        Assert.Equal("2026-11-15", afterChange.GetProperty("to").GetString());
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/v1/opioid-doses/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task OpioidPagePost_ByAnotherUser_Returns404AndChangesNothing()
    {
        var owner = await TestUser.CreateAsync(app);
        var intruder = await TestUser.CreateAsync(app);
        var id = Id(await LogAsync(owner, Dose("morphine", 60, "2026-11-01")));

        var change = await PageForms.SubmitAsync(intruder.Client, $"/pain/opioids/{id}", [("Input.Opioid", "morphine"), ("Input.DailyDose", "1"), ("Input.Unit", "mg/day"), ("Input.From", "2026-11-01")], await PageForms.TokenAsync(intruder.Client, "/pain"));
        var delete = await PageForms.SubmitAsync(intruder.Client, $"/pain/opioids/{id}?handler=Delete", [], await PageForms.TokenAsync(intruder.Client, "/pain"));

        Assert.Equal(HttpStatusCode.NotFound, change.Status);
        Assert.Equal(HttpStatusCode.NotFound, delete.Status);
        Assert.Equal(60m, (await owner.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/opioid-doses/{id}", TestContext.Current.CancellationToken)).GetProperty("dailyDose").GetDecimal());
    }

    [Fact]
    public async Task ChronicPainArticle_LinksToThePainPageAndTheCalculator()
    {
        var html = await app.CreateClient().GetStringAsync("/guide/ketamine-for-chronic-pain", TestContext.Current.CancellationToken);

        Assert.Contains("<a href=\"/pain\">pain page</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tools/mme\">MME calculator</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_LinksToThePainPage()
    {
        var user = await TestUser.CreateAsync(app);

        var html = await PageForms.GetPageAsync(user.Client, "/dashboard");

        Assert.Contains("<a href=\"/pain\">Pain and opioid doses</a>", html, StringComparison.Ordinal);
    }
}
