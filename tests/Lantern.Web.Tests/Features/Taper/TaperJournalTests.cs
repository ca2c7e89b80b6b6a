using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>
/// The taper journal through HTTP: the Lantern withdrawal checklist and mood feed the hold rule (NICE QS8), red flags
/// bring the crisis route, and written notes stay behind the journal scope.
/// </summary>
public sealed class TaperJournalTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SymptomsNotTolerable_NextStepSuggestsHoldAndFlagsContactToday()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user, TaperApi.SertralinePlan(new { startDate = "2026-12-01" })));

        var response = await TaperApi.RecordJournalAsync(user, id, new { ratings = TaperApi.Ratings((1, 2), (3, 3)), symptomsTolerable = false, mood = 3 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var day = await HttpAssertions.ReadJsonAsync(response);
        Assert.Equal("hold", day.GetProperty("nextStepAdvice").GetProperty("code").GetString());
        Assert.True(day.GetProperty("entry").GetProperty("holdNextReduction").GetBoolean());
        Assert.Equal(5, day.GetProperty("entry").GetProperty("checklistTotal").GetInt32());
        Assert.Equal("withdrawal-not-tolerable", day.GetProperty("entry").GetProperty("flags")[0].GetProperty("code").GetString());
        // Care needed today: the route leads with the provider, as it does for the same flag anywhere else (issue 12 item 1).
        Assert.Equal("urgent-same-day-care", day.GetProperty("crisis").GetProperty("kind").GetString());
        var plan = await TaperApi.GetPlanAsync(user.Client, id);
        Assert.True(TaperApi.FirstProposed(plan).GetProperty("holdSuggested").GetBoolean());
        Assert.Contains(plan.GetProperty("schedule").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "hold-suggested");
    }

    [Fact]
    public async Task LaterDayTolerable_HoldIsLiftedAndNextStepGoesAhead()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user, TaperApi.SertralinePlan(new { startDate = "2026-12-01" })));
        await TaperApi.RecordJournalAsync(user, id, new { date = "2026-11-25", ratings = TaperApi.Ratings((1, 3)), symptomsTolerable = false, mood = 3 });

        var day = await HttpAssertions.ReadJsonAsync(await TaperApi.RecordJournalAsync(user, id, new { ratings = TaperApi.Ratings((1, 1)), symptomsTolerable = true, mood = 6 }));

        Assert.Equal("go-ahead", day.GetProperty("nextStepAdvice").GetProperty("code").GetString());
        Assert.False(TaperApi.FirstProposed(await TaperApi.GetPlanAsync(user.Client, id)).GetProperty("holdSuggested").GetBoolean());
    }

    [Fact]
    public async Task ThoughtsOfSuicide_ReturnsEmergencyFlagAndCrisisLinesForThePersonsCountry()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var day = await HttpAssertions.ReadJsonAsync(await TaperApi.RecordJournalAsync(user, id, new
        {
            ratings = TaperApi.Ratings((6, 3)), symptomsTolerable = true, mood = 1, thoughtsOfSuicideOrSelfHarm = true,
        }));

        var flags = day.GetProperty("entry").GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.Equal("suicidal-thoughts", flags[0]);
        // The one crisis route shape every feature answers with (issue 12 item 1).
        var crisis = day.GetProperty("crisis");
        Assert.Equal("mental-health-crisis", crisis.GetProperty("kind").GetString());
        Assert.Equal("United States", crisis.GetProperty("countryName").GetString());
        Assert.Contains(crisis.GetProperty("lines").EnumerateArray(), c => c.GetProperty("href").GetString() == "tel:988");
        Assert.Equal("/help?country=US", crisis.GetProperty("helpPage").GetString());
    }

    [Fact]
    public async Task Guidance_AfterARecordedStep_GivesNiceTimingSinceThatStep()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordEventAsync(user, id, new { kind = "step-taken", date = "2026-11-20", doseTakenMg = 90 });

        var journal = await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tapers/{id}/journal", Ct);

        var guidance = journal.GetProperty("guidance");
        Assert.Equal("within-usual-withdrawal-window", guidance.GetProperty("timingCode").GetString());
        Assert.Equal(6, guidance.GetProperty("daysSinceLastReduction").GetInt32());
        Assert.Contains("1 to 2 weeks", guidance.GetProperty("points")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(10, journal.GetProperty("checklist").GetArrayLength());
        Assert.Contains("not a validated scale", journal.GetProperty("checklistNotice").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("symptomsTolerable", new[] { 2, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 5, "2026-11-26")]
    [InlineData("ratings", new[] { 0, 0, 0 }, 5, "2026-11-26")]
    [InlineData("ratings[1]", new[] { 0, 4, 0, 0, 0, 0, 0, 0, 0, 0 }, 5, "2026-11-26")]
    [InlineData("mood", new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 11, "2026-11-26")]
    [InlineData("date", new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 5, "2026-11-27")]
    [InlineData("date", new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 5, "2026-09-01")]
    public async Task BadDay_Returns400NamingTheField(string field, int[] ratings, int mood, string date)
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var response = await TaperApi.RecordJournalAsync(user, id, new { ratings, mood, date });

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task SameDayTwice_ReplacesTheDayAndItsNote()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordJournalAsync(user, id, new { ratings = TaperApi.Ratings((2, 1)), symptomsTolerable = true, mood = 4, note = "first" });

        await TaperApi.RecordJournalAsync(user, id, new { ratings = TaperApi.Ratings(), mood = 7, note = "second" });

        var journal = await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tapers/{id}/journal", Ct);
        var entry = Assert.Single(journal.GetProperty("entries").EnumerateArray());
        Assert.Equal(7, entry.GetProperty("mood").GetInt32());
        Assert.Equal("second", entry.GetProperty("note").GetString());
    }

    [Fact]
    public async Task HostileNote_StoredVerbatimAndReturnedAsData()
    {
        const string hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> \u202Eevil";
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        await TaperApi.RecordJournalAsync(user, id, new { ratings = TaperApi.Ratings(), mood = 5, note = hostile });

        var journal = await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tapers/{id}/journal", Ct);
        Assert.Equal(hostile, journal.GetProperty("entries")[0].GetProperty("note").GetString());
        var page = await user.Client.GetStringAsync($"/taper/plans/{id}/journal", Ct);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caregiver_WithTaperScopeOnly_SeesDaysButNoNotes_AndEveryReadIsAudited()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(patient));
        await TaperApi.RecordJournalAsync(patient, id, new { ratings = TaperApi.Ratings(), mood = 5, note = "private words" });
        await TaperApi.GrantAsync(app, patient, caregiver, AccessScope.Taper);

        var journal = await caregiver.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tapers/{id}/journal", Ct);
        var plans = await caregiver.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tapers?patientId={patient.Id}", Ct);
        var write = await TaperApi.RecordEventAsync(caregiver, id, new { kind = "hold", date = "2026-10-01" });

        Assert.False(journal.GetProperty("notesIncluded").GetBoolean());
        var entry = Assert.Single(journal.GetProperty("entries").EnumerateArray());
        Assert.False(entry.TryGetProperty("note", out _));
        Assert.Equal(id, Assert.Single(plans.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var audits = await scope.ServiceProvider.GetRequiredService<LanternDbContext>().AuditEvents
            .Where(a => a.ActorId == caregiver.Id && a.SubjectId == patient.Id && a.Action == AuditAction.RecordRead)
            .Select(a => a.ResourceType)
            .ToListAsync(Ct);
        Assert.Contains("TaperPlan", audits);
        Assert.Contains("TaperJournalEntry", audits);
        Assert.DoesNotContain("TaperJournalNote", audits);
    }

    [Fact]
    public async Task Caregiver_WithJournalScopeToo_SeesNotes()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(patient));
        await TaperApi.RecordJournalAsync(patient, id, new { ratings = TaperApi.Ratings(), mood = 5, note = "shared words" });
        await TaperApi.GrantAsync(app, patient, caregiver, AccessScope.Taper | AccessScope.Journal);

        var journal = await caregiver.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tapers/{id}/journal", Ct);

        Assert.True(journal.GetProperty("notesIncluded").GetBoolean());
        Assert.Equal("shared words", journal.GetProperty("entries")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Caregiver_WithoutTaperScope_Gets404LikeAMissingPlan()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(patient));
        await TaperApi.GrantAsync(app, patient, caregiver, AccessScope.Mood | AccessScope.Journal);

        var plan = await caregiver.Client.GetAsync($"/api/v1/tapers/{id}", Ct);
        var list = await caregiver.Client.GetAsync($"/api/v1/tapers?patientId={patient.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, plan.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
    }
}
