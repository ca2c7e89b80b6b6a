using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform.Sessions;

/// <summary>
/// SEC-26 / scale-out: two Lantern instances on one PostgreSQL, each with its own data directory, accept
/// each other's session cookies (keys and sessions live in the database), and every way of ending a session on one
/// instance is refused by the other on its very next request (ADR 0010), even when that instance has just served
/// the cookie.
/// </summary>
public sealed class ScaleOutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoInstancesOnOnePostgres_CookieFromOneWorksOnTheOther_AndSignOutEndsItOnBoth()
    {
        Assert.SkipUnless(TestDatabase.SelectedProvider == "Postgres", "Scale-out needs PostgreSQL; SQLite is a single-instance store.");
        var name = "lantern_t_" + Guid.NewGuid().ToString("N")[..16];
        await using var first = new AppOnDatabase(TestDatabase.Create(name));
        await using var second = new AppOnDatabase(TestDatabase.Create(name));
        await first.InitializeAsync();
        await second.InitializeAsync();
        Assert.NotEqual(first.Database.DataDirectory, second.Database.DataDirectory);

        var user = await TestUser.CreateAsync(first);
        var login = await first.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);
        var cookie = HttpAssertions.SessionCookie(login)!.Split(';')[0];

        var onSecond = await HttpAssertions.SendWithCookieAsync(second, HttpMethod.Get, "/api/v1/me", cookie);
        var signOutOnSecond = await HttpAssertions.SendWithCookieAsync(second, HttpMethod.Post, "/api/v1/auth/logout", cookie);
        var backOnFirst = await HttpAssertions.SendWithCookieAsync(first, HttpMethod.Get, "/api/v1/me", cookie);

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signOutOnSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, backOnFirst.StatusCode);
    }

    public static TheoryData<string> Revocations => ["sign-out", "end other sessions", "end that session", "password change", "two-step turned on"];

    [Theory]
    [MemberData(nameof(Revocations))]
    public async Task TwoInstancesOnOnePostgres_SessionEndedOnOne_RefusedByTheOtherOnTheNextRequest(string revocation)
    {
        Assert.SkipUnless(TestDatabase.SelectedProvider == "Postgres", "Scale-out needs PostgreSQL; SQLite is a single-instance store.");
        var name = "lantern_t_" + Guid.NewGuid().ToString("N")[..16];
        await using var first = new AppOnDatabase(TestDatabase.Create(name));
        await using var second = new AppOnDatabase(TestDatabase.Create(name));
        await first.InitializeAsync();
        await second.InitializeAsync();
        var user = await TestUser.CreateAsync(first);
        var login = await second.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);
        var cookieOnSecond = HttpAssertions.SessionCookie(login)!.Split(';')[0];
        var servedBefore = await HttpAssertions.SendWithCookieAsync(second, HttpMethod.Get, "/api/v1/me", cookieOnSecond);

        var ended = revocation switch
        {
            "sign-out" => await HttpAssertions.SendWithCookieAsync(first, HttpMethod.Post, "/api/v1/auth/logout", cookieOnSecond),
            "end other sessions" => await user.Client.PostAsync("/api/v1/me/sessions/end-others", null, Ct),
            "end that session" => await user.Client.DeleteAsync($"/api/v1/me/sessions/{await OtherSessionIdAsync(user)}", Ct),
            "password change" => await user.Client.PostAsJsonAsync("/api/v1/me/password",
                new { currentPassword = user.Password, newPassword = "a brand new passphrase 42" }, Ct),
            _ => await EnableTwoStepAsync(user),
        };
        var servedAfter = await HttpAssertions.SendWithCookieAsync(second, HttpMethod.Get, "/api/v1/me", cookieOnSecond);

        Assert.Equal(HttpStatusCode.OK, servedBefore.StatusCode);
        Assert.True(ended.IsSuccessStatusCode, $"{revocation} answered {ended.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, servedAfter.StatusCode);
    }

    private static async Task<Guid> OtherSessionIdAsync(TestUser user)
    {
        var sessions = await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me/sessions", Ct);
        return sessions.EnumerateArray().Single(s => !s.GetProperty("isCurrent").GetBoolean()).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> EnableTwoStepAsync(TestUser user)
    {
        await user.EnableTwoFactorAsync();
        return new HttpResponseMessage(HttpStatusCode.OK);
    }
}
