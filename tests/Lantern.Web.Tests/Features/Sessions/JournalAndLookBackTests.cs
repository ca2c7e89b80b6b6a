using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>Issue 5, "after" and "look back": the integration journal saved as it is written, and the sessions timeline.</summary>
public sealed class JournalAndLookBackTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Journal_SavedOneAnswerAtATime_KeepsTheOthers()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);

        await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { whatCameUp = "My grandmother's kitchen" }, Ct);
        var second = await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { inTheBody = "Warm hands" }, Ct);
        var cleared = await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { inTheBody = " " }, Ct);

        var journal = await HttpAssertions.ReadJsonAsync(second);
        Assert.Equal("My grandmother's kitchen", journal.GetProperty("whatCameUp").GetString());
        Assert.Equal("Warm hands", journal.GetProperty("inTheBody").GetString());
        Assert.Equal(JsonValueKind.Null, (await HttpAssertions.ReadJsonAsync(cleared)).GetProperty("inTheBody").ValueKind);
        var read = await patient.Client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}/journal", Ct);
        Assert.Equal("My grandmother's kitchen", read.GetProperty("whatCameUp").GetString());
    }

    [Fact]
    public async Task Journal_TooLong_Returns400NamingTheFieldAndKeepsTheEarlierAnswer()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);
        await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { carryForward = "Walk every morning" }, Ct);

        var response = await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { carryForward = new string('a', 4001), forTherapist = "x" }, Ct);

        Assert.Equal(["carryForward"], await HttpAssertions.ProblemFieldsAsync(response));
        var read = await patient.Client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}/journal", Ct);
        Assert.Equal("Walk every morning", read.GetProperty("carryForward").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("forTherapist").ValueKind);
    }

    [Fact]
    public async Task Journal_BeforeTheSession_Returns409()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var response = await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { whatCameUp = "too soon" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Timeline_HasTheThreeReadingsSideEffectsNextDayMoodAndJournal()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 40);
        await SessionsApi.PostVitalsAsync(patient.Client, id, 138, 88);
        await SessionsApi.PostCheckAsync(patient.Client, id);
        await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished", closingFeeling = "okay", confirmEarlyFinish = true });
        await SessionsApi.PostVitalsAsync(patient.Client, id, 124, 80);
        await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/side-effects", new { ratings = new { nausea = 1 }, dissociation = 5 }, Ct);
        await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { carryForward = "Slow mornings" }, Ct);

        var timeline = await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions/timeline", Ct);

        var entry = Assert.Single(timeline.GetProperty("sessions").EnumerateArray());
        Assert.Equal(118, entry.GetProperty("before").GetProperty("systolic").GetInt32());
        Assert.Equal(138, entry.GetProperty("fortyMinutes").GetProperty("systolic").GetInt32());
        Assert.Equal(124, entry.GetProperty("after").GetProperty("systolic").GetInt32());
        Assert.Equal(1, entry.GetProperty("checksLogged").GetInt32());
        Assert.Equal(5, entry.GetProperty("sideEffects").GetProperty("dissociation").GetInt32());
        Assert.Equal("Slow mornings", entry.GetProperty("journal").GetProperty("carryForward").GetString());
        Assert.True(timeline.GetProperty("moodShared").GetBoolean());
    }

    [Fact]
    public async Task Timeline_NextDayMoodComesFromTheCheckInOfTheDayAfter()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 130);
        await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished", closingFeeling = "okay" });
        var sessionDay = (await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("dosedAt").GetDateTimeOffset();
        var nextDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sessionDay, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).Date).AddDays(1);

        // Move the clock to the next evening in Chicago (in steps, signing in again as a returning person would).
        app.Time.Advance(TimeSpan.FromHours(24));
        patient.UseClient(await patient.SignInOnNewClientAsync());
        var checkIn = await patient.Client.PostAsJsonAsync("/api/v1/checkins", new { date = nextDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mood = 7, anxiety = 2, sleepHours = 8, energy = 6 }, Ct);
        var timeline = await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions/timeline", Ct);

        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        var mood = timeline.GetProperty("sessions")[0].GetProperty("nextDayMood");
        Assert.Equal(7, mood.GetProperty("mood").GetInt32());
        Assert.Equal(2, mood.GetProperty("anxiety").GetInt32());
    }

    [Fact]
    public async Task Timeline_ForACaregiverWithSessionsOnly_NoMoodNoJournal_AndAudited()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions");
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);
        await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { whatCameUp = "private words" }, Ct);

        var timeline = await caregiver.Client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/timeline?patientId={patient.Id}", Ct);
        var text = timeline.GetRawText();
        var withoutGrant = await (await TestUser.CreateAsync(app, UserRole.Caregiver)).Client.GetAsync($"/api/v1/sessions/timeline?patientId={patient.Id}", Ct);

        Assert.False(timeline.GetProperty("moodShared").GetBoolean());
        Assert.False(timeline.GetProperty("journalShared").GetBoolean());
        Assert.DoesNotContain("private words", text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, timeline.GetProperty("sessions")[0].GetProperty("journal").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, withoutGrant.StatusCode);
    }

    [Fact]
    public async Task Timeline_CaregiverWithJournalScope_SeesTheJournal()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions", "journal", "mood");
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);
        await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { forTherapist = "Ask about sleep" }, Ct);

        var timeline = await caregiver.Client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/timeline?patientId={patient.Id}", Ct);

        Assert.True(timeline.GetProperty("journalShared").GetBoolean());
        Assert.Equal("Ask about sleep", timeline.GetProperty("sessions")[0].GetProperty("journal").GetProperty("forTherapist").GetString());
    }
}
