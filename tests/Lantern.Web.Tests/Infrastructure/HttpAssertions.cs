using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lantern.Web.Tests.Infrastructure;

public static class HttpAssertions
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A problem-details body with the per-request traceId removed, for "identical response" comparisons.</summary>
    public static async Task<string> ProblemWithoutTraceIdAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true)
        {
            // A page: the only per-request part is the antiforgery token in the layout's sign-out form.
            return System.Text.RegularExpressions.Regex.Replace(text, "name=\"__af\" type=\"hidden\" value=\"[^\"]*\"", "name=\"__af\"");
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
}
