using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>Small helpers so each sessions test reads as the steps a patient, or their support person, takes.</summary>
internal static class SessionsApi
{
    public const string ProviderPhone = "(312) 555-0100";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An at-home course with one session on each given date at 10:00 (today in Chicago by default).</summary>
    public static object Course(params string[] dates) => new
    {
        route = "at-home-lozenges",
        providerName = "Riverside Ketamine Clinic",
        providerPhone = ProviderPhone,
        providerContact = "care@riverside.example",
        prescribedDose = "As written on my plan by Dr. Lee",
        sessions = (dates.Length == 0 ? ["2026-11-26"] : dates).Select(d => new { date = d, time = "10:00" }).ToArray(),
    };

    public static async Task<JsonElement> CreateCourseAsync(TestUser user, object? body = null)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/courses", body ?? Course(), Ct);
        var json = await HttpAssertions.ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Create course: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>A new course and the id of its first session.</summary>
    public static async Task<Guid> NewSessionAsync(TestUser user, object? body = null) =>
        FirstSessionId(await CreateCourseAsync(user, body));

    public static Guid FirstSessionId(JsonElement course) => course.GetProperty("sessions")[0].GetProperty("id").GetGuid();

    /// <summary>
    /// A caregiver granted <paramref name="scopes"/> (the sessions scope by default), named as the support person of a new
    /// planned session of <paramref name="patient"/>.
    /// </summary>
    public static async Task<(TestUser Caregiver, Guid GrantId, Guid SessionId)> NamedSupportPersonAsync(TestUser patient, params string[] scopes)
    {
        var (caregiver, grantId) = await CareTeamSetup.GrantAsync(patient, Lantern.Web.Platform.Identity.UserRole.Caregiver, scopes.Length == 0 ? ["sessions"] : scopes);
        var id = await NewSessionAsync(patient);
        var named = await PutSessionAsync(patient.Client, id, new { supportPerson = new { caregiverId = caregiver.Id } });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        return (caregiver, grantId, id);
    }

    public static Task<HttpResponseMessage> PostVitalsAsync(HttpClient client, Guid sessionId, int? systolic, int? diastolic, int? pulse = null) =>
        client.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/vitals", new { systolic, diastolic, pulse }, Ct);

    public static Task<HttpResponseMessage> PutSessionAsync(HttpClient client, Guid sessionId, object body) =>
        client.PutAsJsonAsync($"/api/v1/sessions/{sessionId}", body, Ct);

    public static Task<HttpResponseMessage> PostCheckAsync(HttpClient client, Guid sessionId, string responsiveness = "awake", string calmness = "calm", bool breathingConcern = false, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/checks", new { responsiveness, calmness, breathingConcern, note }, Ct);

    public static async Task<JsonElement> GetSessionAsync(HttpClient client, Guid sessionId)
    {
        var response = await client.GetAsync($"/api/v1/sessions/{sessionId}", Ct);
        var json = await HttpAssertions.ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET session: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>Records a normal pre-dose reading and starts the session; the dose was taken <paramref name="minutesAgo"/> minutes ago.</summary>
    public static async Task<JsonElement> StartAsync(TestUser user, Guid sessionId, int minutesAgo = 0)
    {
        var reading = await PostVitalsAsync(user.Client, sessionId, 118, 76);
        Assert.Equal(HttpStatusCode.Created, reading.StatusCode);
        var started = await PutSessionAsync(user.Client, sessionId, new { state = "started", dosedMinutesAgo = minutesAgo });
        var json = await HttpAssertions.ReadJsonAsync(started);
        Assert.True(started.StatusCode == HttpStatusCode.OK, $"Start: {(int)started.StatusCode} {json}");
        return json.GetProperty("session");
    }

    /// <summary>The fake clock moves on in steps shorter than the 30-minute idle limit, touching the session each time, as an open page would.</summary>
    public static async Task AdvanceAsync(LanternAppFactory app, int minutes, params TestUser[] users)
    {
        while (minutes > 0)
        {
            var step = Math.Min(minutes, 20);
            app.Time.Advance(TimeSpan.FromMinutes(step));
            minutes -= step;
            foreach (var user in users)
            {
                Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(user.Client));
            }
        }
    }

    public static async Task<JsonElement[]> AlertsAsync(HttpClient client, Guid? patientId = null)
    {
        var response = await client.GetAsync("/api/v1/alerts?status=all" + (patientId is { } id ? $"&patientId={id}" : string.Empty), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await HttpAssertions.ReadJsonAsync(response)).EnumerateArray()];
    }
}
