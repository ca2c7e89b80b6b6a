using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Small helpers for a patient's API calls (check-ins, PHQ-9 answers, JSON reads), shared by the feature tests.</summary>
internal static class PatientApi
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static object CheckIn(int mood = 6, int anxiety = 3, double sleepHours = 7.5, int energy = 5, string? date = null, string[]? warningSigns = null, string? note = null) =>
        new { date, mood, anxiety, sleepHours, energy, note, warningSigns = warningSigns ?? [] };

    public static async Task<JsonElement> PostCheckInAsync(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostAsJsonAsync("/api/v1/checkins", body, Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {json}");
        return json;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {json}");
        return json;
    }

    public static async Task<int> CountCheckInsAsync(HttpClient client, string from = "2026-01-01", string to = "2026-12-31")
    {
        var list = await GetJsonAsync(client, $"/api/v1/checkins?from={from}&to={to}");
        return list.GetArrayLength();
    }

    /// <summary>Signs in again on a fresh client after the fake clock jumped past the session's idle limit.</summary>
    public static async Task RefreshSessionAsync(TestUser user) => user.UseClient(await user.SignInOnNewClientAsync());

    public static IReadOnlyList<int> Phq9(int item9 = 0, int each = 1) => [each, each, each, each, each, each, each, each, item9];

    /// <summary>Ticks warning signs on the checklist and returns its 200 answer.</summary>
    public static async Task<JsonElement> CheckSignsAsync(TestUser user, params string[] signs)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/warning-signs", new { signs }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
