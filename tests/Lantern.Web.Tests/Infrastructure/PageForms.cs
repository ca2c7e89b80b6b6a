using System.Net;
using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>What a page's form post gave back: the status, the HTML and where a redirect points.</summary>
public sealed record FormResult(HttpStatusCode Status, string Html, string? Location);

/// <summary>
/// Razor Pages forms posted as a browser without JavaScript posts them: read the page, take its antiforgery token, send
/// the fields with it. The token belongs to the client's cookie and user, not to one page, so a token read once serves
/// every later form of that client.
/// </summary>
public static partial class PageForms
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The HTML of a page the client can open (200).</summary>
    public static async Task<string> GetPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return html;
    }

    /// <summary>The antiforgery token on the page at <paramref name="pagePath"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pagePath)
    {
        var token = AntiforgeryField().Match(await GetPageAsync(client, pagePath)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {pagePath}.");
        return token;
    }

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="path"/> with <paramref name="token"/>, or, without one, the
    /// token of the page the form is on: <paramref name="path"/> without its <c>handler</c> (the rest of the address, e.g.
    /// a <c>returnUrl</c>, is kept, so the page is opened as the browser opened it).
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<(string Name, string Value)> fields, string? token = null)
    {
        token ??= await TokenAsync(client, PageOf(path));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(new("__af", token))), Ct);
    }

    /// <summary>The same post, read: status, HTML and redirect target.</summary>
    public static async Task<FormResult> SubmitAsync(HttpClient client, string path, IEnumerable<(string Name, string Value)> fields, string? token = null)
    {
        var response = await PostAsync(client, path, fields, token);
        return new FormResult(response.StatusCode, await response.Content.ReadAsStringAsync(Ct), response.Headers.Location?.OriginalString);
    }

    /// <summary>The same post for a form that answers with its page (200, e.g. a calculator's result or its errors); the HTML.</summary>
    public static async Task<string> SubmitForPageAsync(HttpClient client, string path, IEnumerable<(string Name, string Value)> fields, string? token = null)
    {
        var (status, html, location) = await SubmitAsync(client, path, fields, token);
        Assert.True(status == HttpStatusCode.OK, $"POST {path}: {(int)status} {location}");
        return html;
    }

    /// <summary>The address of the page a form posts from: the post's address without its <c>handler</c> parameter.</summary>
    private static string PageOf(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return path;
        }

        var kept = path[(query + 1)..].Split('&').Where(p => !p.StartsWith("handler=", StringComparison.OrdinalIgnoreCase)).ToArray();
        return kept.Length == 0 ? path[..query] : $"{path[..query]}?{string.Join('&', kept)}";
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
