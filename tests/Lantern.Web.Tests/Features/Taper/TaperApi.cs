using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>Small helpers so each taper test reads as the steps a person takes.</summary>
public static class TaperApi
{
    public static readonly DateOnly PlanStart = new(2026, 10, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Sertraline 100 mg, 10 % every 28 days from 1 October, doses in mg (no product chosen).</summary>
    public static object SertralinePlan(object? extra = null) => Merge(new Dictionary<string, object?>
    {
        ["drug"] = "sertraline",
        ["currentDoseMg"] = 100,
        ["stepPercent"] = 10,
        ["intervalDays"] = 28,
        ["startDate"] = "2026-10-01",
        ["finalDoseMg"] = 25,
    }, extra);

    public static async Task<JsonElement> CreatePlanAsync(TestUser user, object? body = null)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/tapers", body ?? SertralinePlan(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await HttpAssertions.ReadJsonAsync(response);
    }

    public static async Task<JsonElement> GetPlanAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/tapers/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpAssertions.ReadJsonAsync(response);
    }

    public static async Task<HttpResponseMessage> RecordEventAsync(TestUser user, Guid planId, object body) =>
        await user.Client.PostAsJsonAsync($"/api/v1/tapers/{planId}/events", body, Ct);

    public static async Task<HttpResponseMessage> RecordJournalAsync(TestUser user, Guid planId, object body) =>
        await user.Client.PostAsJsonAsync($"/api/v1/tapers/{planId}/journal", body, Ct);

    public static Guid Id(JsonElement plan) => plan.GetProperty("id").GetGuid();

    public static JsonElement[] Steps(JsonElement plan) =>
        [.. plan.GetProperty("schedule").GetProperty("steps").EnumerateArray()];

    public static JsonElement FirstProposed(JsonElement plan) =>
        Steps(plan).First(s => s.GetProperty("kind").GetString() is "planned" or "stop");

    /// <summary>Ten checklist ratings, all 0 except the ones given as (item number, rating).</summary>
    public static int[] Ratings(params (int Item, int Rating)[] rated)
    {
        var ratings = new int[10];
        foreach (var (item, rating) in rated)
        {
            ratings[item - 1] = rating;
        }

        return ratings;
    }

    /// <summary>A care grant written straight to the database: grant management is another feature's work.</summary>
    public static async Task GrantAsync(LanternAppFactory app, TestUser patient, TestUser grantee, AccessScope scopes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        db.CareGrants.Add(new CareGrant { PatientId = patient.Id, GranteeId = grantee.Id, Scopes = scopes, CreatedAt = app.Time.GetUtcNow() });
        await db.SaveChangesAsync(Ct);
    }

    private static Dictionary<string, object?> Merge(Dictionary<string, object?> body, object? extra)
    {
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra, JsonSerializerOptions.Web).EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    body.Remove(property.Name);
                }
                else
                {
                    body[property.Name] = property.Value;
                }
            }
        }

        return body;
    }
}
