using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Features.Taper.Medicines;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>/api/v1/medications: what someone takes now, checked against the planner's catalogue.</summary>
public sealed class MedicationTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddListUpdateDelete_OwnMedicine_RoundTrips()
    {
        var user = await TestUser.CreateAsync(app);

        var created = await user.Client.PostAsJsonAsync("/api/v1/medications", new { drug = " Sertraline ", doseMg = 100, formulation = "tablets", takingSince = "2024-03-01" }, Ct);
        var medication = (await created.Content.ReadFromJsonAsync<MedicationResponse>(Ct))!;
        var updated = await user.Client.PutAsJsonAsync($"/api/v1/medications/{medication.Id}", new { drug = "sertraline", doseMg = 75, formulation = "oral-concentrate-20-mg-per-ml" }, Ct);
        var list = await user.Client.GetFromJsonAsync<MedicationResponse[]>("/api/v1/medications", Ct);
        var deleted = await user.Client.DeleteAsync($"/api/v1/medications/{medication.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("sertraline", medication.Drug);
        Assert.Equal("Film-coated tablets with a bisecting line", medication.FormulationDescription);
        Assert.Equal(new DateOnly(2024, 3, 1), medication.TakingSince);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var only = Assert.Single(list!);
        Assert.Equal(75m, only.DoseMg);
        Assert.Null(only.TakingSince);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/v1/medications/{medication.Id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("doseMg", "sertraline", 0, null, null)]
    [InlineData("doseMg", "sertraline", 5000, null, null)]
    [InlineData("drug", "prozaq", 20, null, null)]
    [InlineData("formulation", "duloxetine", 60, "oral-solution-4-mg-per-ml", null)]
    [InlineData("takingSince", "sertraline", 50, null, "2026-12-25")]
    public async Task Add_BadInput_Returns400NamingTheField(string field, string drug, decimal dose, string? formulation, string? since)
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsJsonAsync("/api/v1/medications", new { drug, doseMg = dose, formulation, takingSince = since }, Ct);

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Add_WithForeignOwnerInBody_IsOwnedByTheCaller()
    {
        var user = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);

        await user.Client.PostAsJsonAsync("/api/v1/medications", new { drug = "diazepam", doseMg = 10, patientId = other.Id, id = Guid.NewGuid() }, Ct);

        Assert.Single((await user.Client.GetFromJsonAsync<MedicationResponse[]>("/api/v1/medications", Ct))!);
        Assert.Empty((await other.Client.GetFromJsonAsync<MedicationResponse[]>("/api/v1/medications", Ct))!);
    }

    [Fact]
    public async Task List_OtherPatientNotSharing_Returns404()
    {
        var user = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);

        var response = await user.Client.GetAsync($"/api/v1/medications?patientId={other.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
