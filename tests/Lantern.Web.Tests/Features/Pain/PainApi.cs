using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Pain;

/// <summary>Small helpers so each pain test reads as the steps a person takes.</summary>
public static partial class PainApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static object Dose(string opioid, decimal dailyDose, string from, string? to = null, string? unit = null) =>
        new { opioid, dailyDose, unit, from, to };

    public static async Task<JsonElement> LogAsync(TestUser user, object body)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/opioid-doses", body, Ct);
        var json = await HttpAssertions.ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {json}");
        return json;
    }

    public static Guid Id(JsonElement entry) => entry.GetProperty("id").GetGuid();

    public static async Task<JsonElement> SummaryAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/pain/summary{query}", Ct);
        var json = await HttpAssertions.ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {json}");
        return json;
    }

    /// <summary>The day's entry of a summary, by ISO date.</summary>
    public static JsonElement Day(JsonElement summary, string date) =>
        summary.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == date);

    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await HttpAssertions.ReadJsonAsync(response);
        return [.. json.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }

    public static async Task<string> GetPageAsync(TestUser user, string path)
    {
        var response = await user.Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>A form post as a browser without JavaScript sends it: the fields plus the page's antiforgery token.</summary>
    public static async Task<(HttpStatusCode Status, string Html, string? Location)> PostFormAsync(TestUser user, string path, (string, string)[] fields, string? tokenFrom = null)
    {
        var token = TokenPattern().Match(await GetPageAsync(user, tokenFrom ?? path)).Groups[1].Value;
        var response = await user.Client.PostAsync(path,
            new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), new("__af", token)]), Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct), response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
