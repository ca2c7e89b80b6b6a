using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>
/// Issue 12: a crafted return address on the sign-in page or the two-step page never causes a 500 and never sends
/// anyone to another site after a correct sign-in. Both pages share one check (LocalUrl).
/// </summary>
public sealed class ReturnAddressTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Hostile return addresses as they arrive, after the query string's one decoding.</summary>
    public static TheoryData<string> Hostile() => new(
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/\t/evil.example",
        "/\r/evil.example",
        "/\n/evil.example",
        "/\r\n/evil.example",
        "\t//evil.example",
        " //evil.example",
        "/ /evil.example",
        "/%09/evil.example",
        "/%2F/evil.example",
        "/%5C/evil.example",
        "/\\/evil.example",
        "/x\\..\\..\\evil.example",
        "https://evil.example",
        "HTTPS://evil.example/path",
        "//evil.example/%2F..",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,hi",
        "evil.example",
        "/\u0000/evil.example",
        "/\u001b/evil.example",
        "~/../evil",
        "/dashboard\u2028//evil.example",
        "");

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task SignInPage_HostileReturnAddress_NeverFailsAndStaysOnSite(string returnUrl)
    {
        var user = await TestUser.CreateAsync(app, twoFactor: false);
        var client = app.CreateBrowserlikeClient();
        var page = await client.GetAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var signedIn = await PageForms.PostAsync(client, "/account/sign-in",
            [new("Input.Email", user.Email), new("Input.Password", user.Password), new("ReturnUrl", returnUrl)]);

        await AssertStaysOnSiteAsync(signedIn, returnUrl);
        Assert.Equal(signedIn.StatusCode == HttpStatusCode.Redirect ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(client));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task TwoStepPage_HostileReturnAddress_NeverFailsAndStaysOnSite(string returnUrl)
    {
        var user = await TestUser.CreateAsync(app, twoFactor: true);
        var client = app.CreateBrowserlikeClient();
        var password = await PageForms.PostAsync(client, "/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl),
            [new("Input.Email", user.Email), new("Input.Password", user.Password), new("ReturnUrl", returnUrl)]);
        await AssertStaysOnSiteAsync(password, returnUrl);
        if (password.StatusCode != HttpStatusCode.Redirect)
        {
            return;
        }

        Assert.StartsWith("/account/sign-in/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var page = await client.GetAsync("/account/sign-in/code?returnUrl=" + Uri.EscapeDataString(returnUrl), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var signedIn = await PageForms.PostAsync(client, "/account/sign-in/code",
            [new("Code", user.NextCode()), new("ReturnUrl", returnUrl)]);

        await AssertStaysOnSiteAsync(signedIn, returnUrl);
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(client));
    }

    [Theory]
    [InlineData("/dashboard", "/dashboard")]
    [InlineData("/checkin?date=2026-11-20", "/checkin?date=2026-11-20")]
    [InlineData("/sessions/a%20b", "/sessions/a%20b")]
    public async Task SignInPage_LocalReturnAddress_IsWhereSignInGoes(string returnUrl, string expected)
    {
        var user = await TestUser.CreateAsync(app, twoFactor: false);
        var client = app.CreateBrowserlikeClient();

        var signedIn = await PageForms.PostAsync(client, "/account/sign-in",
            [new("Input.Email", user.Email), new("Input.Password", user.Password), new("ReturnUrl", returnUrl)]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(expected, signedIn.Headers.Location!.OriginalString);
    }

    /// <summary>
    /// A redirect to a path on this site: one leading slash, no backslash, no white space or control character. A form
    /// holding a NUL is refused whole by the framework's form reader with a 400, which is also safe.
    /// </summary>
    private static async Task AssertStaysOnSiteAsync(HttpResponseMessage response, string returnUrl)
    {
        if (response.StatusCode == HttpStatusCode.BadRequest && returnUrl.Contains('\0', StringComparison.Ordinal))
        {
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.Length > 1 && location[1] is '/' or '\\', $"Off-site redirect: {location}");
        Assert.DoesNotContain('\\', location);
        Assert.DoesNotContain(location, c => char.IsControl(c) || char.IsWhiteSpace(c));
        Assert.False(new Uri(new Uri("https://localhost"), location).Host != "localhost", $"Off-site redirect: {location}");
    }
}
