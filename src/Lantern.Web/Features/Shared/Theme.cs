namespace Lantern.Web.Features.Shared;

/// <summary>
/// Light or dark (issue 15): Lantern follows the device's setting unless the person picked one, which a cookie keeps
/// on this browser (not the account: a shared family laptop and a phone may want different ones). The cookie holds
/// no personal data and the server reads it to set <c>data-theme</c> on the page, so the choice works without
/// JavaScript and never flashes the wrong theme first.
/// </summary>
public static class Theme
{
    public const string CookieName = "lantern-theme";

    public const string Device = "device";

    public static IReadOnlyList<(string Value, string Label)> Choices { get; } =
        [(Device, "Match my device"), ("light", "Light"), ("dark", "Dark")];

    /// <summary>"light" or "dark" when the person chose one here, else null (follow the device).</summary>
    public static string? Chosen(HttpRequest request) =>
        request.Cookies[CookieName] is "light" or "dark" ? request.Cookies[CookieName] : null;

    public static bool IsKnown(string? value) => Choices.Any(c => c.Value == value);

    public static void Remember(HttpResponse response, string value, bool secure)
    {
        if (value == Device)
        {
            response.Cookies.Delete(CookieName);
            return;
        }

        response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}
