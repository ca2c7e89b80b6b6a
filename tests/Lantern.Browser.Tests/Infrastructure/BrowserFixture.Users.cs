using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>
/// Signed-in people for tests that start after sign-up. The sign-up pages themselves are walked through in
/// <see cref="AccountJourneyTests"/>; elsewhere a person signs up through the API from inside their browser context
/// (Playwright's request context shares the context's cookies), so the browser holds the session cookie the
/// confirmation link set, exactly as after the pages.
/// </summary>
public sealed partial class BrowserFixture
{
    /// <summary>
    /// A new confirmed, signed-in person on the home page ("Hello, <paramref name="name"/>") in a fresh browser context.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string name, UserRole role = UserRole.Patient, string timeZone = "America/Chicago",
        int width = 360, int height = 780, bool javaScript = true, string? password = null)
    {
        var page = await NewPageAsync(width, height, javaScript);
        var api = page.Context.APIRequest;
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await SendAsync(api, "/api/v1/auth/register", new
        {
            email,
            password = password ?? "a steady light for the road " + Guid.NewGuid().ToString("N")[..8],
            displayName = name,
            timeZone,
            role = role.ToString().ToLowerInvariant(),
        });
        var (userId, token) = Outbox.ReadLink(await App.Outbox.WaitForAsync(email, "Confirm your Lantern account"), "/account/confirm-email");
        await SendAsync(api, "/api/v1/auth/confirm-email", new { userId, token });

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {name}" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Turns on two-step sign-in for the page's signed-in person, as a caregiver or therapist needs to see anyone's data.</summary>
    public static async Task EnableTwoFactorAsync(IPage page)
    {
        var status = await page.Context.APIRequest.GetAsync("/api/v1/me/two-factor");
        Assert.True(status.Ok, $"GET two-factor: {status.Status}");
        var key = (await status.JsonAsync())!.Value.GetProperty("sharedKey").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await SendAsync(page.Context.APIRequest, "/api/v1/me/two-factor/enable", new { code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow) });
    }

    private static async Task SendAsync(IAPIRequestContext api, string path, object body)
    {
        var response = await api.PostAsync(path, new() { DataObject = body });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
    }
}
