using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Features.Taper;
using Lantern.Web.Features.Taper.Medicines;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>/api/v1/tapers: saving, reading, changing and deleting plans, owned by the caller and versioned.</summary>
public sealed class TaperPlanTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ValidPlan_Returns201WithScheduleLocationAndETag()
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsJsonAsync("/api/v1/tapers", TaperApi.SertralinePlan(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var plan = await HttpAssertions.ReadJsonAsync(response);
        var id = TaperApi.Id(plan);
        Assert.Equal($"/api/v1/tapers/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal(7, id.Version); // a GUIDv7, never sequential
        Assert.Equal("proportional", plan.GetProperty("settings").GetProperty("method").GetString());
        Assert.Equal([90m, 81m, 72.9m], TaperApi.Steps(plan).Take(3).Select(s => s.GetProperty("doseMg").GetDecimal()));
        Assert.Equal("2026-10-29", TaperApi.Steps(plan)[1].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Create_WithOwnerIdAndTimestampsInBody_ServerSetsThemAndIgnoresTheBody()
    {
        var user = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var forgedId = Guid.NewGuid();

        var plan = await TaperApi.CreatePlanAsync(user, TaperApi.SertralinePlan(new { id = forgedId, patientId = other.Id, createdAt = "2001-01-01T00:00:00Z", version = 99 }));

        Assert.NotEqual(forgedId, TaperApi.Id(plan));
        Assert.Equal(1, plan.GetProperty("version").GetInt32());
        Assert.Equal(LanternAppFactory.Start, plan.GetProperty("createdAt").GetDateTimeOffset());
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LanternDbContext>().Set<TaperPlan>().SingleAsync(p => p.Id == TaperApi.Id(plan), Ct);
        Assert.Equal(user.Id, stored.PatientId);
    }

    [Theory]
    [InlineData("currentDoseMg", -1, 10, 28, "sertraline", null)]
    [InlineData("stepPercent", 100, 55, 28, "sertraline", null)]
    [InlineData("intervalDays", 100, 10, 120, "sertraline", null)]
    [InlineData("drug", 100, 10, 28, "sertralina", null)]
    [InlineData("formulation", 100, 10, 28, "sertraline", "capsules")]
    public async Task Create_BadInput_Returns400NamingTheFieldAndSavesNothing(string field, decimal dose, decimal percent, int interval, string drug, string? formulation)
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsJsonAsync("/api/v1/tapers", new
        {
            drug, currentDoseMg = dose, stepPercent = percent, intervalDays = interval, startDate = "2026-12-01", formulation,
        }, Ct);

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Empty((await user.Client.GetFromJsonAsync<TaperPlanSummary[]>("/api/v1/tapers", Ct))!);
    }

    [Fact]
    public async Task Create_AnotherUsersMedication_Returns400NamingMedicationId()
    {
        var owner = await TestUser.CreateAsync(app);
        var user = await TestUser.CreateAsync(app);
        var medication = await (await owner.Client.PostAsJsonAsync("/api/v1/medications", new { drug = "sertraline", doseMg = 100 }, Ct)).Content.ReadFromJsonAsync<MedicationResponse>(Ct);

        var response = await user.Client.PostAsJsonAsync("/api/v1/tapers", TaperApi.SertralinePlan(new { medicationId = medication!.Id }), Ct);

        Assert.Equal(["medicationId"], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task List_ReturnsOnlyTheCallersPlans()
    {
        var user = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var mine = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.CreatePlanAsync(other);

        var list = await user.Client.GetFromJsonAsync<TaperPlanSummary[]>("/api/v1/tapers", Ct);

        Assert.Equal([mine], list!.Select(p => p.Id));
        Assert.Equal("Sertraline", list![0].DisplayName);
    }

    [Fact]
    public async Task Update_WithCurrentVersion_ChangesPaceAndBumpsVersion()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var response = await user.Client.PutAsJsonAsync($"/api/v1/tapers/{id}", TaperApi.SertralinePlan(new { stepPercent = 25, version = 1 }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await HttpAssertions.ReadJsonAsync(response);
        Assert.Equal(2, plan.GetProperty("version").GetInt32());
        Assert.Equal(75m, TaperApi.Steps(plan)[0].GetProperty("doseMg").GetDecimal());
    }

    [Fact]
    public async Task Update_StaleVersionInBodyOrIfMatch_Returns409AndChangesNothing()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await user.Client.PutAsJsonAsync($"/api/v1/tapers/{id}", TaperApi.SertralinePlan(new { stepPercent = 20 }), Ct);

        var staleBody = await user.Client.PutAsJsonAsync($"/api/v1/tapers/{id}", TaperApi.SertralinePlan(new { stepPercent = 5, version = 1 }), Ct);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/tapers/{id}") { Content = JsonContent.Create(TaperApi.SertralinePlan(new { stepPercent = 5 })) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var staleHeader = await user.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Conflict, staleBody.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleHeader.StatusCode);
        var plan = await TaperApi.GetPlanAsync(user.Client, id);
        Assert.Equal(2, plan.GetProperty("version").GetInt32());
        Assert.Equal(20m, plan.GetProperty("settings").GetProperty("stepPercent").GetDecimal());
    }

    [Fact]
    public async Task Update_StartAfterARecordedEvent_Returns400NamingTheEvent()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-10-01" });

        var response = await user.Client.PutAsJsonAsync($"/api/v1/tapers/{id}", TaperApi.SertralinePlan(new { startDate = "2026-11-01" }), Ct);

        Assert.Equal(["events[0].date"], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Delete_RemovesPlanWithEventsAndJournal()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-10-01" });
        await TaperApi.RecordJournalAsync(user, id, new { ratings = TaperApi.Ratings(), mood = 6, note = "fine today" });

        var delete = await user.Client.DeleteAsync($"/api/v1/tapers/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/v1/tapers/{id}", Ct)).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        Assert.False(await db.Set<TaperPlanEvent>().AnyAsync(e => e.PlanId == id, Ct));
        Assert.False(await db.Set<TaperJournalEntry>().AnyAsync(e => e.PlanId == id, Ct));
        Assert.False(await db.Set<TaperJournalNote>().AnyAsync(n => n.PatientId == user.Id, Ct));
    }

    [Fact]
    public async Task WriteRoutes_OtherUsersPlan_Return404AndLeavePlanUnchanged()
    {
        var owner = await TestUser.CreateAsync(app);
        var intruder = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(owner));

        var put = await intruder.Client.PutAsJsonAsync($"/api/v1/tapers/{id}", TaperApi.SertralinePlan(new { stepPercent = 50 }), Ct);
        var evt = await TaperApi.RecordEventAsync(intruder, id, new { kind = "hold", date = "2026-10-01" });
        var journal = await TaperApi.RecordJournalAsync(intruder, id, new { ratings = TaperApi.Ratings(), mood = 5 });
        var delete = await intruder.Client.DeleteAsync($"/api/v1/tapers/{id}", Ct);

        Assert.All([put, evt, journal, delete], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var plan = await TaperApi.GetPlanAsync(owner.Client, id);
        Assert.Equal(1, plan.GetProperty("version").GetInt32());
        Assert.Empty(plan.GetProperty("events").EnumerateArray());
    }
}
