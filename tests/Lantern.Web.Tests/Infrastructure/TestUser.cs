using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Identity;
using OtpNet;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// A real person signed up through HTTP: register, confirm from the e-mail, signed in, with their own
/// cookie jar. Two users are one line each, which is what makes cross-user tests cheap to write.
/// </summary>
public sealed class TestUser
{
    private TestUser(LanternAppFactory app, HttpClient client, Guid id, string email, string password, UserRole role)
    {
        App = app;
        Client = client;
        Id = id;
        Email = email;
        Password = password;
        Role = role;
    }

    public LanternAppFactory App { get; }
    public HttpClient Client { get; private set; }
    public Guid Id { get; }
    public string Email { get; }
    public string Password { get; private set; }
    public UserRole Role { get; }

    /// <summary>Base32 authenticator key once two-factor is on.</summary>
    public string? TotpKey { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>
    /// Signs a new user up. Caregivers and therapists get two-factor by default, since they need it to
    /// see anyone's data; pass <paramref name="twoFactor"/> to choose.
    /// </summary>
    public static async Task<TestUser> CreateAsync(LanternAppFactory app, UserRole role = UserRole.Patient, bool? twoFactor = null,
        string? email = null, string? password = null, string? displayName = null, string timeZone = "America/Chicago")
    {
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        password ??= "correct horse battery " + Guid.NewGuid().ToString("N")[..8];
        var client = app.CreateBrowserlikeClient();
        var register = await client.PostAsJsonAsync("/api/v1/auth/register", new
        {
            email,
            password,
            displayName = displayName ?? $"Test {role}",
            timeZone,
            role = role.ToString().ToLowerInvariant(),
        });
        Assert.Equal(HttpStatusCode.Accepted, register.StatusCode);

        var message = await app.WaitForMailAsync(email, "Confirm your Lantern account");
        var (userId, token) = Outbox.ReadLink(message, "/account/confirm-email");
        var confirm = await client.PostAsJsonAsync("/api/v1/auth/confirm-email", new { userId, token });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);

        var user = new TestUser(app, client, userId, email, password, role);
        if (twoFactor ?? role is UserRole.Caregiver or UserRole.Therapist)
        {
            await user.EnableTwoFactorAsync();
        }

        return user;
    }

    public async Task EnableTwoFactorAsync()
    {
        var status = await Client.GetFromJsonAsync<TwoFactorStatusDto>("/api/v1/me/two-factor");
        TotpKey = status!.SharedKey!.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var enable = await Client.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = NextCode() });
        enable.EnsureSuccessStatusCode();
        RecoveryCodes = (await enable.Content.ReadFromJsonAsync<RecoveryCodesDto>())!.RecoveryCodes;
    }

    /// <summary>
    /// A TOTP code for a time step this user has not used yet. Lantern refuses a step it has already accepted and
    /// allows one step of drift either way, so this takes the current step, or the next one when that is used;
    /// only a third code inside one step moves the app's (possibly shared) fake clock on, as waiting for the phone
    /// would. Each user keeps their own steps, so other tests' users never push this one's clock.
    /// </summary>
    public string NextCode()
    {
        var current = TimeStep(App.Time.GetUtcNow());
        var step = Math.Max(current, (_lastStepUsed ?? long.MinValue) + 1);
        if (step > current + 1)
        {
            App.Time.Advance(TimeSpan.FromSeconds(TotpStepSeconds * (step - current - 1)));
        }

        _lastStepUsed = step;
        return CodeAt(step);
    }

    /// <summary>The code for the current fake-clock step (may already have been used).</summary>
    public string CodeNow() => CodeAt(TimeStep(App.Time.GetUtcNow()));

    private const int TotpStepSeconds = 30;

    private long? _lastStepUsed;

    private static long TimeStep(DateTimeOffset at) => at.ToUnixTimeSeconds() / TotpStepSeconds;

    private string CodeAt(long step) =>
        new Totp(Base32Encoding.ToBytes(TotpKey)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * TotpStepSeconds).UtcDateTime);

    /// <summary>Signs in again on a new client (a second browser); returns that client.</summary>
    public async Task<HttpClient> SignInOnNewClientAsync()
    {
        var client = App.CreateBrowserlikeClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new
        {
            email = Email,
            password = Password,
            code = TotpKey is null ? null : NextCode(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public void UsePassword(string password) => Password = password;

    public void UseClient(HttpClient client) => Client = client;

    private sealed record TwoFactorStatusDto(bool Enabled, int RecoveryCodesLeft, string? SharedKey, string? AuthenticatorUri);

    private sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes);
}
