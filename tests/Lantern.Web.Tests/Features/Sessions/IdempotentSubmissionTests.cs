using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// Issue 15, item 6: a check or a reading sent again with the same key (a phone that was offline retrying, a double
/// tap, a form sent twice) is one record, answered as saved each time; different keys are different records. The
/// pages render a fresh key into each form, so this holds without JavaScript too.
/// </summary>
public sealed partial class IdempotentSubmissionTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> PostCheckAsync(HttpClient client, Guid sessionId, Guid key, string responsiveness = "awake") =>
        client.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/checks", new { responsiveness, calmness = "calm", breathingConcern = false, idempotencyKey = key }, Ct);

    private static Task<HttpResponseMessage> PostReadingAsync(HttpClient client, Guid sessionId, Guid key, int systolic = 128) =>
        client.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/vitals", new { systolic, diastolic = 82, idempotencyKey = key }, Ct);

    private async Task<(TestUser Patient, Guid SessionId)> StartedSessionAsync()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 20);
        return (patient, id);
    }

    [Fact]
    public async Task Check_SameKeySentTwice_OneRecordAndTheSameAnswer()
    {
        var (patient, id) = await StartedSessionAsync();
        var key = Guid.NewGuid();

        var first = await PostCheckAsync(patient.Client, id, key);
        var again = await PostCheckAsync(patient.Client, id, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var firstChecks = (await HttpAssertions.ReadJsonAsync(first)).GetProperty("session").GetProperty("checks");
        var againJson = await HttpAssertions.ReadJsonAsync(again);
        Assert.Equal(1, firstChecks.GetArrayLength());
        Assert.Equal(firstChecks[0].GetProperty("id").GetGuid(), Assert.Single(againJson.GetProperty("session").GetProperty("checks").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("Check saved.", againJson.GetProperty("message").GetString());
        Assert.Single((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task Check_DifferentKeys_TwoRecords()
    {
        var (patient, id) = await StartedSessionAsync();

        Assert.Equal(HttpStatusCode.Created, (await PostCheckAsync(patient.Client, id, Guid.NewGuid())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostCheckAsync(patient.Client, id, Guid.NewGuid())).StatusCode);

        Assert.Equal(2, (await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public async Task Check_RedFlagSentTwice_OneRecordOneAlertAndTheCrisisRouteBothTimes()
    {
        var (patient, id) = await StartedSessionAsync();
        var key = Guid.NewGuid();

        var first = await HttpAssertions.ReadJsonAsync(await PostCheckAsync(patient.Client, id, key, responsiveness: "hard-to-wake"));
        var again = await HttpAssertions.ReadJsonAsync(await PostCheckAsync(patient.Client, id, key, responsiveness: "hard-to-wake"));

        Assert.Equal("emergency", first.GetProperty("safety").GetProperty("level").GetString());
        Assert.Equal("emergency", again.GetProperty("safety").GetProperty("level").GetString());
        Assert.True(again.GetProperty("safety").TryGetProperty("crisis", out var crisis) && crisis.ValueKind == System.Text.Json.JsonValueKind.Object);
        Assert.Single((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").EnumerateArray());
        Assert.Single(await SessionsApi.AlertsAsync(patient.Client));
    }

    [Fact]
    public async Task Reading_SameKeySentTwice_OneRecord_DifferentKeys_Two()
    {
        var (patient, id) = await StartedSessionAsync();
        var key = Guid.NewGuid();

        var first = await PostReadingAsync(patient.Client, id, key);
        var again = await PostReadingAsync(patient.Client, id, key);
        var other = await PostReadingAsync(patient.Client, id, Guid.NewGuid(), systolic: 130);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(
            (await HttpAssertions.ReadJsonAsync(first)).GetProperty("reading").GetProperty("id").GetGuid(),
            (await HttpAssertions.ReadJsonAsync(again)).GetProperty("reading").GetProperty("id").GetGuid());
        // The reading before the start and the two kept here.
        var vitals = (await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("vitals");
        Assert.Equal(3, vitals.GetArrayLength());
        Assert.Equal(2, vitals.EnumerateArray().Count(v => v.GetProperty("diastolic").GetInt32() == 82));
    }

    [Fact]
    public async Task Check_SameKeyAtOnce_OneRecord()
    {
        var (patient, id) = await StartedSessionAsync();
        var key = Guid.NewGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostCheckAsync(patient.Client, id, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Single((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task DayPage_EachFormCarriesAFreshKey_AndTheSameFormSentTwiceSavesOnce()
    {
        var (patient, id) = await StartedSessionAsync();
        var path = $"/sessions/{id}/day";

        var html = await PageForms.GetPageAsync(patient.Client, path);
        var again = await PageForms.GetPageAsync(patient.Client, path);
        var checkKey = CheckKey().Match(html).Groups[1].Value;
        var readingKey = ReadingKey().Match(html).Groups[1].Value;
        Assert.True(Guid.TryParse(checkKey, out _), "The check form carries a key.");
        Assert.True(Guid.TryParse(readingKey, out _), "The reading form carries a key.");
        Assert.NotEqual(checkKey, CheckKey().Match(again).Groups[1].Value);

        var token = await PageForms.TokenAsync(patient.Client, path);
        (string, string)[] check = [("Check.Responsiveness", "awake"), ("Check.Calmness", "calm"), ("Check.Key", checkKey)];
        var sent = await PageForms.SubmitAsync(patient.Client, $"{path}?handler=Check", check, token);
        var sentAgain = await PageForms.SubmitAsync(patient.Client, $"{path}?handler=Check", check, token);
        (string, string)[] reading = [("Reading.Systolic", "131"), ("Reading.Diastolic", "84"), ("Reading.Key", readingKey)];
        var read = await PageForms.SubmitAsync(patient.Client, $"{path}?handler=Reading", reading, token);
        var readAgain = await PageForms.SubmitAsync(patient.Client, $"{path}?handler=Reading", reading, token);

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(HttpStatusCode.Redirect, sentAgain.Status);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.OK, readAgain.Status);
        Assert.Contains("131/84", readAgain.Html, StringComparison.Ordinal);
        var session = await SessionsApi.GetSessionAsync(patient.Client, id);
        Assert.Single(session.GetProperty("checks").EnumerateArray());
        Assert.Single(session.GetProperty("vitals").EnumerateArray(), v => v.GetProperty("systolic").GetInt32() == 131);
    }

    [GeneratedRegex("name=\"Check\\.Key\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex CheckKey();

    [GeneratedRegex("name=\"Reading\\.Key\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex ReadingKey();
}
