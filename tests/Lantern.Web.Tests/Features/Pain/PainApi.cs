using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Pain;

/// <summary>Small helpers so each pain test reads as the steps a person takes.</summary>
public static class PainApi
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
}
