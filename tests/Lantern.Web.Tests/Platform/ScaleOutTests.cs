using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform;

/// <summary>
/// SEC-26 / scale-out: two Lantern instances on one PostgreSQL, each with its own data directory, accept
/// each other's session cookies (keys and sessions live in the database), and a sign-out on one ends the
/// session on the other.
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
}
