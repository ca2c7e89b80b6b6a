using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Alerts;

/// <summary>The alerts list and acknowledging an alert (the warning-signs checklist raises the alerts used here).</summary>
public sealed class AlertsApiTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    [Fact]
    public async Task Acknowledge_ClosesTheAlert_KeepsTheFirstTime_AndListsItUnderAll()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await CheckSignsAsync(patient, "unable-to-function")).GetProperty("safety").GetProperty("alertIds")[0].GetGuid();

        var first = await patient.Client.PostAsync($"/api/v1/alerts/{id}/acknowledge", null, Ct);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await patient.Client.PostAsync($"/api/v1/alerts/{id}/acknowledge", null, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstAt = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("acknowledgedAt").GetDateTimeOffset();
        Assert.Equal(firstAt, (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/alerts")).GetArrayLength());
        Assert.Equal(1, (await GetJsonAsync(patient.Client, "/api/v1/alerts?status=all")).GetArrayLength());
        Assert.Contains("status", await HttpAssertions.ProblemFieldsAsync(await patient.Client.GetAsync("/api/v1/alerts?status=closed", Ct)));
    }
}
