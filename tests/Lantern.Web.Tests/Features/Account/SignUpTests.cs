using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Account;

public sealed class SignUpTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignUp_ThenConfirm_SignsInAndShowsProfile()
    {
        var user = await TestUser.CreateAsync(app, UserRole.Patient);

        var me = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);

        Assert.Equal(user.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(user.Email, me.GetProperty("email").GetString());
        Assert.Equal("patient", me.GetProperty("role").GetString());
        Assert.Equal("America/Chicago", me.GetProperty("timeZone").GetString());
        Assert.Equal("US", me.GetProperty("crisisCountry").GetString());
    }

    [Fact]
    public async Task SignUp_ExistingEmail_AnswersExactlyLikeANewOne()
    {
        var existing = await TestUser.CreateAsync(app);
        var client = app.CreateClient();

        var forExisting = await client.PostAsJsonAsync("/api/v1/auth/register", NewAccount(existing.Email), Ct);
        var forNew = await client.PostAsJsonAsync("/api/v1/auth/register", NewAccount($"new-{Guid.NewGuid():N}@example.org"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, forExisting.StatusCode);
        Assert.Equal(forNew.StatusCode, forExisting.StatusCode);
        Assert.Equal(await forNew.Content.ReadAsStringAsync(Ct), await forExisting.Content.ReadAsStringAsync(Ct));
        var notice = await app.Outbox.WaitForAsync(existing.Email, "Your Lantern account");
        Assert.Contains("already have one", notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_BeforeConfirming_IsRefusedWithConfirmMessage()
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.org";
        var client = app.CreateBrowserlikeClient();
        await client.PostAsJsonAsync("/api/v1/auth/register", NewAccount(email), Ct);

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "a perfectly fine passphrase" }, Ct);
        var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "not the passphrase at all" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
    }

    [Theory]
    [InlineData("email", "not-an-email")]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("role", "admin")]
    [InlineData("displayName", "")]
    public async Task SignUp_InvalidField_Returns400NamingTheField(string field, string value)
    {
        var body = new Dictionary<string, string>
        {
            ["email"] = $"valid-{Guid.NewGuid():N}@example.org",
            ["password"] = "a perfectly fine passphrase",
            ["displayName"] = "Valid Name",
            ["timeZone"] = "Europe/Dublin",
            ["role"] = "patient",
        };
        body[field] = value;

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
    }

    private static object NewAccount(string email) => new
    {
        email,
        password = "a perfectly fine passphrase",
        displayName = "Someone",
        timeZone = "Europe/London",
        role = "patient",
    };
}
