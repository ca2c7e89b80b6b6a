using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Account;

public sealed class TwoFactorTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enable_WithCodeFromApp_TurnsOnAndGivesTenRecoveryCodes()
    {
        var user = await TestUser.CreateAsync(app, UserRole.Patient, twoFactor: true);

        var status = await HttpAssertions.ReadJsonAsync(await user.Client.GetAsync("/api/v1/me/two-factor", Ct));

        Assert.True(status.GetProperty("enabled").GetBoolean());
        Assert.Equal(10, status.GetProperty("recoveryCodesLeft").GetInt32());
        Assert.Equal(10, user.RecoveryCodes.Count);
    }

    [Fact]
    public async Task Enable_WrongCode_Returns400OnCodeField()
    {
        var user = await TestUser.CreateAsync(app);
        await user.Client.GetAsync("/api/v1/me/two-factor", Ct);

        var response = await user.Client.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = "000000" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task SignIn_WithTwoFactor_NeedsCodeAndRefusesPasswordAlone()
    {
        var user = await TestUser.CreateAsync(app, UserRole.Patient, twoFactor: true);
        var client = app.CreateBrowserlikeClient();

        var passwordOnly = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);
        var withCode = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, code = user.NextCode() }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, passwordOnly.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(passwordOnly)).GetProperty("twoFactorRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(client));
    }

    [Fact]
    public async Task SignIn_SameCodeTwice_RefusesTheSecondUse()
    {
        var user = await TestUser.CreateAsync(app, UserRole.Patient, twoFactor: true);
        var code = user.NextCode();

        var first = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, code }, Ct);
        var replay = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, code }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Enable_CodeUsedToEnable_CannotSignIn()
    {
        var user = await TestUser.CreateAsync(app);
        await user.EnableTwoFactorAsync();
        var alreadyUsed = user.CodeNow();

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, code = alreadyUsed }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_RecoveryCode_WorksExactlyOnce()
    {
        var user = await TestUser.CreateAsync(app, UserRole.Patient, twoFactor: true);
        var recovery = user.RecoveryCodes[0];

        var first = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, recoveryCode = recovery }, Ct);
        var second = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, recoveryCode = recovery }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }

    [Fact]
    public async Task Disable_NeedsPassword_AndEndsOtherSessions()
    {
        var user = await TestUser.CreateAsync(app, UserRole.Patient, twoFactor: true);
        var otherDevice = await user.SignInOnNewClientAsync();

        var wrongPassword = await user.Client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = "definitely not it" }, Ct);
        var rightPassword = await user.Client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = user.Password }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, rightPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(otherDevice));
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(user.Client));
    }

    [Fact]
    public async Task RegenerateRecoveryCodes_OldCodesStopWorking()
    {
        var user = await TestUser.CreateAsync(app, UserRole.Patient, twoFactor: true);
        var old = user.RecoveryCodes[1];

        var regenerated = await user.Client.PostAsJsonAsync("/api/v1/me/two-factor/recovery-codes", new { password = user.Password }, Ct);
        var withOld = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, recoveryCode = old }, Ct);

        Assert.Equal(HttpStatusCode.OK, regenerated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
    }
}
