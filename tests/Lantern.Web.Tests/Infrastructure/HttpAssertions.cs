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
    /// friendly 404 is compared as HTML, with the per-request antiforgery token values removed.
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

    /// <summary>The raw Set-Cookie value of the session cookie, to replay it later from another client.</summary>
    public static string? SessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("__Host-lantern=", StringComparison.Ordinal))
            : null;

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryValue();
}
