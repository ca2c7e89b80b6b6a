using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 15, item 6, in Debian's Chromium at 360 and 1280 px. Playwright 1.64 applies <c>SetOfflineAsync</c> to the
/// service worker's own requests too in Chromium (its worker network events are on unless
/// <c>PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK</c> is set), so "offline" here means the worker cannot reach the server
/// either: what opens, opens from what it kept. Pages are reached by address, not through the navigation.
/// </summary>
public sealed class OfflineTests(BrowserFixture browser)
{
    private const string Zone = "America/Chicago";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task CrisisPage_WithNoConnection_StillOpensWithThePersonsLines_AndOtherPagesSayOffline(int width)
    {
        var page = await browser.SignedInPageAsync("Ari", timeZone: Zone, width: width);
        var cspViolations = BrowserFixture.WatchCsp(page);
        await WaitForServiceWorkerAsync(page);

        await page.Context.SetOfflineAsync(true);
        var help = await page.GotoAsync("/help");

        Assert.True(help?.FromServiceWorker, "The crisis page came from the service worker.");
        // The person's own country (from their time zone), as the page showed them when online.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Get help now" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Talk to someone — United States" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call 911" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "988 Suicide & Crisis Lifeline" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"offline-help-{width}");

        // Another country's lines were kept too (signed out, so they hold nobody's data).
        await page.GotoAsync("/help?country=GB");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Talk to someone — United Kingdom" })).ToBeVisibleAsync();

        // A page that holds health data is never kept: it says plainly that this device is offline and links help. (That
        // this page shows at all proves the worker's own request to the server failed, so the pages above were kept.)
        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "You are offline" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"offline-page-{width}");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Get help now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Talk to someone — United States" })).ToBeVisibleAsync();

        await page.Context.SetOfflineAsync(false);
        Assert.Empty(cspViolations);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task DosingDay_CheckAndReadingWithNoConnection_KeptThenSentOnceWhenBackOnline(int width)
    {
        var page = await browser.SignedInPageAsync("Noor", timeZone: Zone, width: width);
        var cspViolations = BrowserFixture.WatchCsp(page);
        var api = page.Context.APIRequest;
        var sessionId = await StartedSessionAsync(api);
        await page.GotoAsync($"/sessions/{sessionId}/day");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your session" })).ToBeVisibleAsync();
        await WaitForServiceWorkerAsync(page);

        await page.Context.SetOfflineAsync(true);
        await page.GetByLabel("Awake and responds").CheckAsync();
        await page.GetByLabel("Calm", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check" }).ClickAsync();
        var unsent = page.Locator("[data-unsent] li");
        var check = unsent.Filter(new() { HasTextRegex = new Regex("^Check") });
        var reading = unsent.Filter(new() { HasTextRegex = new Regex("^Blood pressure 136/86") });
        await Assertions.Expect(check).ToContainTextAsync("not sent yet");
        await page.GetByLabel("Top number (systolic)").FillAsync("136");
        await page.GetByLabel("Bottom number (diastolic)").FillAsync("86");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
        await Assertions.Expect(reading).ToContainTextAsync("not sent yet");
        await Assertions.Expect(unsent).ToHaveCountAsync(2);
        // Still the same page: nothing went to the network, and the forms are empty for the next one.
        await Assertions.Expect(page.GetByLabel("Top number (systolic)")).ToHaveValueAsync(string.Empty);
        await BrowserFixture.CheckPageAsync(page, $"offline-day-unsent-{width}");

        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(check).ToContainTextAsync("saved.");
        await Assertions.Expect(reading).ToContainTextAsync("saved.");

        // The server has exactly one of each, and a reload sends nothing again.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".check-list li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-unsent]")).ToHaveCountAsync(0);
        var session = await GetJsonAsync(api, $"/api/v1/sessions/{sessionId}");
        Assert.Equal(1, session.GetProperty("checks").GetArrayLength());
        Assert.Single(session.GetProperty("vitals").EnumerateArray(), v => v.GetProperty("systolic").GetInt32() == 136);
        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task SignOut_EmptiesWhatThisDeviceKeptForThePerson()
    {
        var page = await browser.SignedInPageAsync("Lee", timeZone: Zone, width: 1280);
        await WaitForServiceWorkerAsync(page);
        await page.GotoAsync("/help");
        const string KeptHelpIsSignedIn =
            "async () => { const kept = await caches.match('/help'); return kept ? (await kept.text()).includes('/account/sign-out') : null; }";
        Assert.True(await page.EvaluateAsync<bool?>(KeptHelpIsSignedIn));
        // Something only this person's visit left behind, in the worker's page cache and in the dosing day's queue.
        await page.EvaluateAsync("""
            async () => {
              const name = (await caches.keys()).find(n => n.startsWith('lantern-pages-'));
              await (await caches.open(name)).put('/left-by-this-person', new Response('mine'));
              localStorage.setItem('lantern.unsent', JSON.stringify([{ key: 'k', api: '/api/v1/sessions/none' }]));
            }
            """);

        // Signed out by the form every signed-in page carries (submitted directly: the header is being redesigned).
        var signOut = page.Locator("form[action='/account/sign-out']");
        await signOut.First.EvaluateAsync("form => form.requestSubmit()");
        await Assertions.Expect(signOut).ToHaveCountAsync(0);

        await page.WaitForFunctionAsync("""
            async () => !(await caches.match('/left-by-this-person'))
              && !!(await caches.match('/help')) && !(await (await caches.match('/help')).text()).includes('/account/sign-out')
            """);
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('lantern.unsent')"));
        Assert.False(await page.EvaluateAsync<bool?>(KeptHelpIsSignedIn));
    }

    /// <summary>
    /// Waits until the service worker has kept what it keeps and controls the page. A worker that became active while
    /// this page was loading controls it only once it claims it, and a claim can land before the page listens; a
    /// reload is then controlled from its first request, as any later visit is. Installing keeps a dozen files and
    /// pages first, which has taken longer than the usual 20 seconds with four browser tests at once on two cores.
    /// </summary>
    private static async Task WaitForServiceWorkerAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.ready.then(() => true)", null, new() { Timeout = 60_000 });
        if (!await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"))
        {
            await page.ReloadAsync();
        }

        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
    }

    /// <summary>A course for today in Chicago, its first session started with the dose 20 minutes ago, through the API.</summary>
    private static async Task<Guid> StartedSessionAsync(IAPIRequestContext api)
    {
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Zone)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var course = await SendJsonAsync(api, "POST", "/api/v1/courses", new
        {
            route = "at-home-lozenges",
            providerName = "Riverside Ketamine Clinic",
            providerPhone = "(312) 555-0100",
            prescribedDose = "As written on my plan",
            sessions = new[] { new { date = today, time = "10:00" } },
        });
        var id = course.GetProperty("sessions")[0].GetProperty("id").GetGuid();
        await SendJsonAsync(api, "POST", $"/api/v1/sessions/{id}/vitals", new { systolic = 118, diastolic = 76 });
        await SendJsonAsync(api, "PUT", $"/api/v1/sessions/{id}", new { state = "started", dosedMinutesAgo = 20 });
        return id;
    }

    private static async Task<JsonElement> SendJsonAsync(IAPIRequestContext api, string method, string path, object body)
    {
        var response = await api.FetchAsync(path, new() { Method = method, DataObject = body });
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{method} {path}: {response.Status} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> GetJsonAsync(IAPIRequestContext api, string path)
    {
        var response = await api.GetAsync(path);
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"GET {path}: {response.Status} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
