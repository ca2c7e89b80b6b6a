using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.CareTeam;

public sealed class CaseloadTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Caseload_ShowsTrendsAndSilences_OnlyForSharedScopes_SortedByPhq9()
    {
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        var improving = await TestUser.CreateAsync(app, displayName: "Improving");
        var private_ = await TestUser.CreateAsync(app, displayName: "Mood only");
        await AnswerPhq9Async(improving, [3, 3, 3, 2, 2, 2, 2, 2, 0]);   // 19
        app.Time.Advance(TimeSpan.FromDays(14));
        improving.UseClient(await improving.SignInOnNewClientAsync());
        private_.UseClient(await private_.SignInOnNewClientAsync());
        therapist.UseClient(await therapist.SignInOnNewClientAsync());
        await AnswerPhq9Async(improving, [1, 1, 1, 1, 1, 1, 1, 1, 0]);   // 8
        await CheckInAsync(private_);
        await ShareAsync(improving, therapist, "questionnaires", "alerts");
        await ShareAsync(private_, therapist, "mood");
        app.Time.Advance(TimeSpan.FromDays(3));
        var client = await therapist.SignInOnNewClientAsync();

        var rows = (await client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/caseload?sort=phq9", Ct)).EnumerateArray().ToArray();

        Assert.Equal(["Improving", "Mood only"], rows.Select(r => r.GetProperty("name").GetString()).ToArray());
        var phq9 = rows[0].GetProperty("phq9");
        Assert.Equal(8, phq9.GetProperty("latest").GetInt32());
        Assert.Equal(19, phq9.GetProperty("previous").GetInt32());
        Assert.Equal("down", phq9.GetProperty("trend").GetString());
        Assert.Equal(0, rows[0].GetProperty("openAlerts").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("daysSinceCheckIn").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("phq9").ValueKind);
        Assert.Equal(3, rows[1].GetProperty("daysSinceCheckIn").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("openAlerts").ValueKind);
    }

    [Fact]
    public async Task Caseload_OfThreeScores_ComparesTheNewestTwo_AndOneScoreIsAFirst()
    {
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        var patient = await TestUser.CreateAsync(app, displayName: "Three scores");
        await AnswerPhq9Async(patient, [3, 3, 3, 2, 2, 2, 2, 2, 0]);   // 19
        await AnswerGad7Async(patient, [2, 2, 2, 1, 1, 1, 1]);          // 10
        foreach (var answers in new[] { new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 }, [2, 2, 1, 1, 1, 1, 2, 2, 0] }) // 8, then 12
        {
            app.Time.Advance(TimeSpan.FromDays(14));
            patient.UseClient(await patient.SignInOnNewClientAsync());
            await AnswerPhq9Async(patient, answers);
        }

        therapist.UseClient(await therapist.SignInOnNewClientAsync());
        await ShareAsync(patient, therapist, "questionnaires");
        var rows = (await (await therapist.SignInOnNewClientAsync()).GetFromJsonAsync<JsonElement>("/api/v1/careteam/caseload", Ct))
            .EnumerateArray().ToArray();

        var row = Assert.Single(rows);
        var phq9 = row.GetProperty("phq9");
        Assert.Equal(12, phq9.GetProperty("latest").GetInt32());
        Assert.Equal(8, phq9.GetProperty("previous").GetInt32());
        Assert.Equal("up", phq9.GetProperty("trend").GetString());
        var gad7 = row.GetProperty("gad7");
        Assert.Equal(10, gad7.GetProperty("latest").GetInt32());
        Assert.Equal(JsonValueKind.Null, gad7.GetProperty("previous").ValueKind);
        Assert.Equal("first", gad7.GetProperty("trend").GetString());
    }

    private static async Task AnswerGad7Async(TestUser patient, int[] answers) =>
        (await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/gad7/responses", new { answers }, Ct)).EnsureSuccessStatusCode();

    private static async Task ShareAsync(TestUser patient, TestUser grantee, params string[] scopes)
    {
        var (_, token) = await CareTeamSetup.InviteAsync(patient, grantee.Role, scopes);
        (await grantee.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct)).EnsureSuccessStatusCode();
    }

    private static async Task AnswerPhq9Async(TestUser patient, int[] answers) =>
        (await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers }, Ct)).EnsureSuccessStatusCode();

    private static async Task CheckInAsync(TestUser patient) =>
        (await patient.Client.PostAsJsonAsync("/api/v1/checkins", new { mood = 6, anxiety = 4, sleepHours = 7, energy = 5 }, Ct)).EnsureSuccessStatusCode();
}
