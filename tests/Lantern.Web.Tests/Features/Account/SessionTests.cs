using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Sessions end on the server: replaying an old cookie after they end gets 401.</summary>
public sealed class SessionTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignOut_ReplayingTheOldCookie_Returns401_AndAsksBrowserToClearData()
    {
        var user = await TestUser.CreateAsync(app);
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);
        var cookie = CookieHeader(login);

        var before = await HttpAssertions.SendWithCookieAsync(app, HttpMethod.Get, "/api/v1/me", cookie);
        var signOut = await HttpAssertions.SendWithCookieAsync(app, HttpMethod.Post, "/api/v1/auth/logout", cookie);
        var after = await HttpAssertions.SendWithCookieAsync(app, HttpMethod.Get, "/api/v1/me", cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Contains("\"cookies\"", string.Join(",", signOut.Headers.GetValues("Clear-Site-Data")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OldCookieAndOtherSessions_Return401_NewCookieWorks()
    {
        var user = await TestUser.CreateAsync(app);
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);
        var oldCookie = CookieHeader(login);
        var otherDevice = await user.SignInOnNewClientAsync();

        var change = await HttpAssertions.SendWithCookieAsync(app, HttpMethod.Post, "/api/v1/me/password", oldCookie,
            new { currentPassword = user.Password, newPassword = "a brand new passphrase 42" });
        var newCookie = CookieHeader(change);

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await HttpAssertions.SendWithCookieAsync(app, HttpMethod.Get, "/api/v1/me", oldCookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(otherDevice));
        Assert.Equal(HttpStatusCode.OK, (await HttpAssertions.SendWithCookieAsync(app, HttpMethod.Get, "/api/v1/me", newCookie)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_Returns400AndChangesNothing()
    {
        var user = await TestUser.CreateAsync(app);

        var change = await user.Client.PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = "not the current one", newPassword = "a brand new passphrase 42" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(change)).GetProperty("errors").TryGetProperty("currentPassword", out _));
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(user.Client));
    }

    [Fact]
    public async Task Sessions_ListShowsBoth_EndingTheOtherSignsItOut()
    {
        var user = await TestUser.CreateAsync(app);
        var otherDevice = await user.SignInOnNewClientAsync();

        var sessions = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions", Ct);
        var other = sessions.EnumerateArray().Single(s => !s.GetProperty("isCurrent").GetBoolean());
        var end = await user.Client.DeleteAsync($"/api/v1/me/sessions/{other.GetProperty("id").GetGuid()}", Ct);

        Assert.Equal(2, sessions.GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, end.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(otherDevice));
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(user.Client));
    }

    [Fact]
    public async Task Sessions_EndOthers_KeepsOnlyThisOne()
    {
        var user = await TestUser.CreateAsync(app);
        var second = await user.SignInOnNewClientAsync();
        var third = await user.SignInOnNewClientAsync();

        var response = await user.Client.PostAsync("/api/v1/me/sessions/end-others", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(second));
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(third));
        Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions", Ct)).EnumerateArray());
    }

    private static string CookieHeader(HttpResponseMessage response)
    {
        var setCookie = HttpAssertions.SessionCookie(response) ?? throw new InvalidOperationException("No session cookie was set.");
        return setCookie.Split(';')[0];
    }
}

/// <summary>Timeouts need their own clock, so they get their own app.</summary>
public sealed class SessionTimeoutTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    [Fact]
    public async Task IdleTimeout_ThirtyOneQuietMinutes_EndsTheSession()
    {
        var user = await TestUser.CreateAsync(app);
        app.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(user.Client));

        app.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(user.Client));
    }

    [Fact]
    public async Task AbsoluteLifetime_ActiveEveryTwentyMinutes_StillEndsAfterTwelveHours()
    {
        var user = await TestUser.CreateAsync(app);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            app.Time.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(user.Client));
        }

        app.Time.Advance(TimeSpan.FromMinutes(40));

        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(user.Client));
    }
}
