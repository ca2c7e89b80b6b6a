using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

public sealed class SignInTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_WrongPasswordUnknownUserAndLockedOut_GiveIdenticalAnswers()
    {
        var user = await TestUser.CreateAsync(app);
        var client = app.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "not my password at all" }, Ct);
        var unknownUser = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.org", password = "not my password at all" }, Ct);
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "still the wrong one" }, Ct);
        }

        var lockedOutWithRightPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, unknownUser.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, lockedOutWithRightPassword.StatusCode);
        var expected = await HttpAssertions.ProblemWithoutTraceIdAsync(wrongPassword);
        Assert.Equal(expected, await HttpAssertions.ProblemWithoutTraceIdAsync(unknownUser));
        Assert.Equal(expected, await HttpAssertions.ProblemWithoutTraceIdAsync(lockedOutWithRightPassword));
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksOutAuditsAndEmailsTheOwner()
    {
        var user = await TestUser.CreateAsync(app);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "wrong password number " + i }, Ct);
        }

        var withRightPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, withRightPassword.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.SubjectId == user.Id && e.Action == AuditAction.LockedOut, Ct));
        Assert.True(await db.AuditEvents.CountAsync(e => e.SubjectId == user.Id && e.Action == AuditAction.SignInFailed, Ct) >= 5);
        var notice = await app.Outbox.WaitForAsync(user.Email, "paused for 15 minutes");
        Assert.DoesNotContain(user.Password, notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AfterLockoutEnds_WorksAgain()
    {
        var user = await TestUser.CreateAsync(app);
        var client = app.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "wrong password number " + i }, Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Identity stamps lockout ends from its own clock; move this one into the past as 15 minutes passing would.
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id, Ct);
            Assert.NotNull(stored.LockoutEnd);
            stored.LockoutEnd = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
            await db.SaveChangesAsync(Ct);
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_Success_IsAuditedAndSetsHostPrefixedSecureCookie()
    {
        var user = await TestUser.CreateAsync(app);
        var client = app.CreateBrowserlikeClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = HttpAssertions.SessionCookie(response);
        Assert.NotNull(cookie);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == user.Id && e.Action == AuditAction.SignIn && e.Outcome == AuditOutcome.Success, Ct));
    }

    [Fact]
    public async Task SignIn_CookieValueChangesAtEverySignIn()
    {
        var user = await TestUser.CreateAsync(app);
        var first = HttpAssertions.SessionCookie(await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct));
        var second = HttpAssertions.SessionCookie(await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct));

        Assert.NotNull(first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Api_WithoutCookie_Returns401NotARedirect()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_WithoutCookie_RedirectsToSignIn()
    {
        var response = await app.CreateClient().GetAsync("/account/security", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
