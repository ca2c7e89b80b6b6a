using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Posts a page's form as a browser would: the antiforgery token from the page, then the fields.</summary>
public static partial class PageForms
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The antiforgery token a page carries (tokens belong to the cookie, so any page's works for any form).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pagePath)
    {
        var page = await (await client.GetAsync(pagePath, Ct)).Content.ReadAsStringAsync(Ct);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {pagePath}.");
        return token;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? token = null)
    {
        token ??= await TokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__af", token))), Ct);
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
