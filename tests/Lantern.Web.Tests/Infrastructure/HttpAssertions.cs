using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lantern.Web.Tests.Infrastructure;

public static partial class HttpAssertions
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A problem-details body with the per-request traceId removed, for "identical response" comparisons. A page's
    /// HTML body (the friendly 404 page) is returned with its per-request antiforgery token blanked instead.
    /// </summary>
    public static async Task<string> ProblemWithoutTraceIdAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            return AntiforgeryValue().Replace(text, "name=\"__af\" type=\"hidden\" value=\"\"");
        }

        var node = JsonNode.Parse(text)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    public static async Task<HttpStatusCode> MeStatusAsync(HttpClient client) =>
        (await client.GetAsync("/api/v1/me", Ct)).StatusCode;

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>
    /// The field names of a 400 validation problem (RFC 9457 "errors"), in ordinal order so a test can compare them
    /// whole; fails with the body unless the response is a 400 problem-details document.
    /// </summary>
    public static async Task<string[]> ProblemFieldsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>The raw Set-Cookie value of the session cookie, to replay it later from another client.</summary>
    public static string? SessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("__Host-lantern=", StringComparison.Ordinal))
            : null;

    /// <summary>
    /// Sends a request from a fresh client of <paramref name="app"/> carrying only <paramref name="cookie"/> (the
    /// <c>name=value</c> part of a Set-Cookie), as a replayed or copied cookie would arrive.
    /// </summary>
    public static async Task<HttpResponseMessage> SendWithCookieAsync(LanternAppFactory app, HttpMethod method, string path, string cookie, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await app.CreateClient().SendAsync(request, Ct);
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryValue();
}
