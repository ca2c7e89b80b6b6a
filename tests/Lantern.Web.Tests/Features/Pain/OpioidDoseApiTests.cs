using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lantern.Web.Tests.Features.Pain.PainApi;

namespace Lantern.Web.Tests.Features.Pain;

/// <summary>/api/v1/opioid-doses: the patient's opioid log, checked by Lantern.Clinical and read under the taper scope.</summary>
public sealed class OpioidDoseApiTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LogListUpdateDelete_OwnDose_RoundTripsWithMmeFromTheCdcFactors()
    {
        var user = await TestUser.CreateAsync(app);

        var created = await LogAsync(user, Dose(" Oxycodone ", 30, "2026-11-01"));
        var id = Id(created);
        var updated = await user.Client.PutAsJsonAsync($"/api/v1/opioid-doses/{id}", Dose("oxycodone", 20, "2026-11-01", "2026-11-20", "mg/day"), Ct);
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/opioid-doses", Ct);
        var deleted = await user.Client.DeleteAsync($"/api/v1/opioid-doses/{id}", Ct);

        Assert.Equal("oxycodone", created.GetProperty("opioid").GetString());
        Assert.Equal("Oxycodone", created.GetProperty("displayName").GetString());
        Assert.Equal("mg/day", created.GetProperty("unit").GetString());
        Assert.Equal(45m, created.GetProperty("mmePerDay").GetDecimal());
        Assert.True(created.GetProperty("ongoing").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(20m, only.GetProperty("dailyDose").GetDecimal());
        Assert.Equal(30m, only.GetProperty("mmePerDay").GetDecimal()); // CDC worked example: oxycodone 20 mg/day = 30 MME
        Assert.Equal("2026-11-20", only.GetProperty("to").GetString());
        Assert.False(only.GetProperty("ongoing").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/v1/opioid-doses/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Log_FentanylPatchWithoutUnit_IsStoredInMcgPerHourAt60Mme()
    {
        var user = await TestUser.CreateAsync(app);

        var patch = await LogAsync(user, Dose("fentanyl patch", 25, "2026-11-01"));

        Assert.Equal("fentanyl-patch", patch.GetProperty("opioid").GetString());
        Assert.Equal("mcg/h", patch.GetProperty("unit").GetString());
        Assert.Equal(60m, patch.GetProperty("mmePerDay").GetDecimal());
        Assert.Contains("mcg per hour", patch.GetProperty("caution").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opioid", "oxycodon", 30, null, "2026-11-01", null)]
    [InlineData("opioid", "fentanyl", 25, null, "2026-11-01", null)]
    [InlineData("opioid", "", 30, null, "2026-11-01", null)]
    [InlineData("dailyDose", "oxycodone", 0, null, "2026-11-01", null)]
    [InlineData("dailyDose", "oxycodone", 20000, null, "2026-11-01", null)]
    [InlineData("unit", "fentanyl-patch", 25, "mg/day", "2026-11-01", null)]
    [InlineData("unit", "morphine", 60, "mcg/h", "2026-11-01", null)]
    [InlineData("from", "morphine", 60, null, null, null)]
    [InlineData("from", "morphine", 60, null, "2026-11-27", null)]
    [InlineData("from", "morphine", 60, null, "1979-12-31", null)]
    [InlineData("to", "morphine", 60, null, "2026-11-10", "2026-11-09")]
    [InlineData("to", "morphine", 60, null, "2026-11-10", "2028-01-01")]
    public async Task Log_BadInput_Returns400NamingTheField(string field, string opioid, decimal dose, string? unit, string? from, string? to)
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsJsonAsync("/api/v1/opioid-doses", Dose(opioid, dose, from!, to, unit), Ct);

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Empty((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/opioid-doses", Ct)).EnumerateArray());
    }

    [Theory]
    [InlineData("{\"opioid\":\"morphine\",\"dailyDose\":\"thirty\",\"from\":\"2026-11-01\"}", "dailyDose")]
    [InlineData("{\"opioid\":\"morphine\",\"dailyDose\":30,\"from\":\"01/11/2026\"}", "from")]
    public async Task Log_ValueOfTheWrongType_Returns400NamingTheField(string json, string field)
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsync("/api/v1/opioid-doses", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Log_UnknownOpioid_ListsTheAcceptedNames()
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsJsonAsync("/api/v1/opioid-doses", Dose("heroin", 10, "2026-11-01"), Ct);
        var body = await HttpAssertions.ReadJsonAsync(response);

        Assert.Contains("Accepted: codeine, fentanyl-patch, hydrocodone", body.GetProperty("errors").GetProperty("opioid")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_BadInput_Returns400AndKeepsTheEntry()
    {
        var user = await TestUser.CreateAsync(app);
        var id = Id(await LogAsync(user, Dose("tramadol", 200, "2026-11-01")));

        var response = await user.Client.PutAsJsonAsync($"/api/v1/opioid-doses/{id}", Dose("tramadol", -5, "2026-11-01"), Ct);
        var kept = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/opioid-doses/{id}", Ct);

        Assert.Equal(["dailyDose"], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Equal(40m, kept.GetProperty("mmePerDay").GetDecimal());
    }

    [Fact]
    public async Task Log_WithForeignOwnerIdAndTimestampsInBody_IsOwnedByTheCallerWithServerValues()
    {
        var user = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var chosenId = Guid.NewGuid();

        var created = await LogAsync(user, new { opioid = "morphine", dailyDose = 60, from = "2026-11-01", patientId = other.Id, id = chosenId, createdAt = "2001-01-01T00:00:00Z" });

        Assert.NotEqual(chosenId, Id(created));
        Assert.Equal(app.Time.GetUtcNow(), created.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/opioid-doses", Ct)).EnumerateArray());
        Assert.Empty((await other.Client.GetFromJsonAsync<JsonElement>("/api/v1/opioid-doses", Ct)).EnumerateArray());
    }

    [Fact]
    public async Task List_OtherPatientNotSharing_Returns404LikeNoPatient()
    {
        var user = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        await LogAsync(other, Dose("morphine", 60, "2026-11-01"));

        var real = await user.Client.GetAsync($"/api/v1/opioid-doses?patientId={other.Id}", Ct);
        var missing = await user.Client.GetAsync($"/api/v1/opioid-doses?patientId={Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, real.StatusCode);
        Assert.Equal(await HttpAssertions.ProblemWithoutTraceIdAsync(missing), await HttpAssertions.ProblemWithoutTraceIdAsync(real));
    }

    [Fact]
    public async Task Caregiver_WithTaperGrant_ReadsTheLogButCannotChangeIt_AndEachReadIsAudited()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = Id(await LogAsync(patient, Dose("methadone", 10, "2026-11-01")));
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "taper");

        var list = await caregiver.Client.GetFromJsonAsync<JsonElement>($"/api/v1/opioid-doses?patientId={patient.Id}", Ct);
        var one = await caregiver.Client.GetFromJsonAsync<JsonElement>($"/api/v1/opioid-doses/{id}", Ct);
        var put = await caregiver.Client.PutAsJsonAsync($"/api/v1/opioid-doses/{id}", Dose("methadone", 5, "2026-11-01"), Ct);
        var delete = await caregiver.Client.DeleteAsync($"/api/v1/opioid-doses/{id}", Ct);

        Assert.Single(list.EnumerateArray());
        Assert.Equal(47m, one.GetProperty("mmePerDay").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(10m, (await patient.Client.GetFromJsonAsync<JsonElement>($"/api/v1/opioid-doses/{id}", Ct)).GetProperty("dailyDose").GetDecimal());
        Assert.Equal(2, await Audits.RecordReadsAsync(app, caregiver.Id, patient.Id, "OpioidDoseEntry"));
    }

    [Fact]
    public async Task Caregiver_WithMoodGrantOnly_CannotSeeTheLog()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = Id(await LogAsync(patient, Dose("morphine", 60, "2026-11-01")));
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");

        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.Client.GetAsync($"/api/v1/opioid-doses?patientId={patient.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.Client.GetAsync($"/api/v1/opioid-doses/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.Client.GetAsync($"/api/v1/pain/summary?patientId={patient.Id}", Ct)).StatusCode);
        Assert.Equal(0, await Audits.RecordReadsAsync(app, caregiver.Id, patient.Id));
    }

    [Fact]
    public async Task OpenApiDocument_ListsThePainRoutes()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct);

        Assert.Contains("\"/api/v1/opioid-doses\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/opioid-doses/{id}\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/pain/summary\"", document, StringComparison.Ordinal);
    }
}
