using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Questionnaires;

/// <summary>/api/v1/questionnaires: scoring through Lantern.Clinical, bands, flags, schedule.</summary>
public sealed class QuestionnaireApiTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static Task<HttpResponseMessage> SubmitAsync(TestUser user, string instrument, object answers) =>
        user.Client.PostAsJsonAsync($"/api/v1/questionnaires/{instrument}/responses", new { answers }, Ct);

    [Fact]
    public async Task Post_Phq9_Returns201WithTotalBandMeaningAndNextDueIn14Days()
    {
        var patient = await TestUser.CreateAsync(app);

        // Kroenke 2001 vector: 2,2,2,2,2,0,0,0,0 = 10, moderate.
        var response = await SubmitAsync(patient, "phq9", new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(10, body.GetProperty("total").GetInt32());
        Assert.Equal(27, body.GetProperty("maxTotal").GetInt32());
        Assert.Equal("moderate", body.GetProperty("severity").GetProperty("code").GetString());
        Assert.Equal("10–14", body.GetProperty("severity").GetProperty("range").GetString());
        Assert.Contains("moderate band", body.GetProperty("severity").GetProperty("meaning").GetString());
        Assert.Empty(body.GetProperty("flags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("crisis").ValueKind);
        Assert.Equal("2026-12-10", body.GetProperty("nextDue").GetProperty("nextDue").GetString());
        Assert.False(body.GetProperty("nextDue").GetProperty("isDue").GetBoolean());
        Assert.Contains(body.GetProperty("sources").EnumerateArray(), s => s.GetProperty("citation").GetString()!.Contains("Kroenke", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_Phq9Item9Is1_SameResponseCarriesFlagAlertAndCrisisRoute()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await SubmitAsync(patient, "phq9", Phq9(item9: 1, each: 0));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        Assert.Equal("minimal", body.GetProperty("severity").GetProperty("code").GetString()); // a low total never hides item 9
        var flag = Assert.Single(body.GetProperty("flags").EnumerateArray());
        Assert.Equal("self-harm-thoughts", flag.GetProperty("code").GetString());
        Assert.True(flag.GetProperty("showCrisisResources").GetBoolean());
        var crisis = body.GetProperty("crisis");
        Assert.Equal("US", crisis.GetProperty("countryCode").GetString());
        Assert.Contains(crisis.GetProperty("lines").EnumerateArray(), l => l.GetProperty("href").GetString() == "tel:988");
        var alertId = Assert.Single(body.GetProperty("alertIds").EnumerateArray()).GetGuid();

        var alert = Assert.Single((await GetJsonAsync(patient.Client, "/api/v1/alerts")).EnumerateArray());
        Assert.Equal(alertId, alert.GetProperty("id").GetGuid());
        Assert.Equal("questionnaire", alert.GetProperty("origin").GetString());
        Assert.Equal(body.GetProperty("id").GetGuid(), alert.GetProperty("originId").GetGuid());
        Assert.Equal("contact-provider-today", alert.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Post_Phq9Item9Is0_RaisesNoAlert()
    {
        var patient = await TestUser.CreateAsync(app);

        await SubmitAsync(patient, "phq9", Phq9(item9: 0, each: 3));

        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/alerts?status=all")).GetArrayLength());
    }

    [Theory]
    [InlineData("phq9", """{"answers":[0,0,0,4,0,0,0,0,0]}""", "answers[3]")]
    [InlineData("phq9", """{"answers":[0,0,0,0,0,0,0,0,-1]}""", "answers[8]")]
    [InlineData("phq9", """{"answers":[0,0,0]}""", "answers")]
    [InlineData("phq9", """{}""", "answers")]
    [InlineData("gad7", """{"answers":[0,0,0,0,0,0,9]}""", "answers[6]")]
    [InlineData("pcl5", """{"answers":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5]}""", "answers[19]")]
    public async Task Post_InvalidAnswers_Returns400NamingTheItem_AndStoresNothing(string instrument, string body, string field)
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsync($"/api/v1/questionnaires/{instrument}/responses",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Contains(field, await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/questionnaires/responses")).GetArrayLength());
    }

    [Fact]
    public async Task Post_UnknownInstrument_Returns404()
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(patient, "beck", new[] { 1 })).StatusCode);
    }

    [Fact]
    public async Task Post_Pcl5AllTwos_IsAtOrAboveTheCutPoint()
    {
        var patient = await TestUser.CreateAsync(app);

        // clinical.md §3.3 vector: all items 2 -> 40, positive on the cut-point and the DSM-5 rule.
        var body = await (await SubmitAsync(patient, "pcl5", Enumerable.Repeat(2, 20).ToArray())).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(40, body.GetProperty("total").GetInt32());
        Assert.Equal("at-or-above-cut-point", body.GetProperty("severity").GetProperty("code").GetString());
        Assert.Contains("fit the provisional DSM-5", body.GetProperty("severity").GetProperty("meaning").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("nextDue").ValueKind); // the PCL-5 is not scheduled
    }

    [Fact]
    public async Task List_ByInstrument_NewestFirst_AndGetById()
    {
        var patient = await TestUser.CreateAsync(app);
        await SubmitAsync(patient, "gad7", new[] { 3, 3, 3, 3, 3, 0, 0 });
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await SubmitAsync(patient, "phq9", Phq9());
        app.Time.Advance(TimeSpan.FromMinutes(1));
        var latest = await (await SubmitAsync(patient, "gad7", new[] { 1, 0, 0, 0, 0, 0, 0 })).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var gad7 = await GetJsonAsync(patient.Client, "/api/v1/questionnaires/responses?instrument=gad7");
        var one = await GetJsonAsync(patient.Client, $"/api/v1/questionnaires/responses/{latest.GetProperty("id").GetGuid()}");

        Assert.Equal([1, 15], gad7.EnumerateArray().Select(r => r.GetProperty("total").GetInt32()).ToArray());
        Assert.Equal("minimal", one.GetProperty("severity").GetProperty("code").GetString());
        Assert.Equal([1, 0, 0, 0, 0, 0, 0], one.GetProperty("answers").EnumerateArray().Select(a => a.GetInt32()).ToArray());
        Assert.Contains("instrument", await HttpAssertions.ProblemFieldsAsync(await patient.Client.GetAsync("/api/v1/questionnaires/responses?instrument=beck", Ct)));
    }

    [Fact]
    public async Task Definitions_CarryTheRealWording()
    {
        var patient = await TestUser.CreateAsync(app);

        var phq9 = await GetJsonAsync(patient.Client, "/api/v1/questionnaires/phq9");

        Assert.Equal("Thoughts that you would be better off dead, or of hurting yourself in some way",
            phq9.GetProperty("items")[8].GetProperty("text").GetString());
        Assert.Equal(["Not at all", "Several days", "More than half the days", "Nearly every day"],
            phq9.GetProperty("answerOptions").EnumerateArray().Select(o => o.GetProperty("label").GetString()).ToArray());
        Assert.Equal(5, phq9.GetProperty("bands").GetArrayLength());
    }

    [Fact]
    public async Task Schedule_DefaultsTo14_Changes_AndRejectsOtherIntervals()
    {
        var patient = await TestUser.CreateAsync(app);
        var before = await GetJsonAsync(patient.Client, "/api/v1/questionnaires/schedule");
        Assert.Equal(14, before.GetProperty("intervalDays").GetInt32());
        Assert.All(before.GetProperty("due").EnumerateArray(), d => Assert.True(d.GetProperty("isDue").GetBoolean())); // never answered: due now

        await SubmitAsync(patient, "phq9", Phq9());
        var put = await patient.Client.PutAsJsonAsync("/api/v1/questionnaires/schedule", new { intervalDays = 28 }, Ct);
        var bad = await patient.Client.PutAsJsonAsync("/api/v1/questionnaires/schedule", new { intervalDays = 5 }, Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = await put.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var phq9 = after.GetProperty("due").EnumerateArray().Single(d => d.GetProperty("instrument").GetString() == "phq9");
        Assert.Equal("2026-12-24", phq9.GetProperty("nextDue").GetString());
        Assert.Contains("intervalDays", await HttpAssertions.ProblemFieldsAsync(bad));
        Assert.Equal(28, (await GetJsonAsync(patient.Client, "/api/v1/questionnaires/schedule")).GetProperty("intervalDays").GetInt32());
    }
}
