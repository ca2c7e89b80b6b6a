using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Onboarding;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Questionnaires;

/// <summary>
/// Issue 12 item 3: after any positive PHQ-9 item 9 (the questionnaire page, its API, and onboarding's baseline), the
/// ASQ acuity question is asked in its own words. Yes: the mental-health crisis route at once and an emergency alert
/// the care team sees; no: contact your provider today, as before. The PHQ-9 itself and its score never change.
/// </summary>
public sealed class RightNowQuestionTests(SharedApp app)
{
    private const string Question = "Are you having thoughts of killing yourself right now?";

    private static async Task<JsonElement> SubmitPhq9Async(TestUser patient, int item9)
    {
        var response = await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = Phq9(item9) }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<JsonElement> AnswerAsync(TestUser patient, Guid responseId, bool yes)
    {
        var response = await patient.Client.PostAsJsonAsync($"/api/v1/questionnaires/responses/{responseId}/thoughts-right-now", new { thoughtsRightNow = yes }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Api_Item9Zero_AsksNothing()
    {
        var patient = await TestUser.CreateAsync(app);

        var result = await SubmitPhq9Async(patient, item9: 0);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("rightNow").ValueKind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Api_Item9Positive_AsksTheAsqQuestionInItsWords(int item9)
    {
        var patient = await TestUser.CreateAsync(app);

        var result = await SubmitPhq9Async(patient, item9);

        var rightNow = result.GetProperty("rightNow");
        var id = result.GetProperty("id").GetGuid();
        Assert.Equal(Question, rightNow.GetProperty("question").GetString());
        Assert.Equal($"/api/v1/questionnaires/responses/{id}/thoughts-right-now", rightNow.GetProperty("answerEndpoint").GetString());
        Assert.Equal($"/questionnaires/responses/{id}/right-now", rightNow.GetProperty("answerPage").GetString());
        Assert.Contains(rightNow.GetProperty("sources").EnumerateArray(), s => s.GetProperty("status").GetString() == "secondary");
        Assert.Contains(rightNow.GetProperty("sources").EnumerateArray(), s => s.GetProperty("status").GetString() == "lantern-policy");
        // Item 9 alone is still "contact your provider today" until the question is answered.
        Assert.Equal("contact-provider-today", result.GetProperty("flags")[0].GetProperty("level").GetString());
    }

    [Fact]
    public async Task Api_Yes_EmergencyRouteAtOnce_HighestAlertSeenByTheCareTeam_ScoreUntouched()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "alerts");
        var (therapist, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "alerts");
        var submitted = await SubmitPhq9Async(patient, item9: 1);
        var id = submitted.GetProperty("id").GetGuid();

        var answer = await AnswerAsync(patient, id, yes: true);
        var again = await AnswerAsync(patient, id, yes: true);

        var safety = answer.GetProperty("safety");
        Assert.True(answer.GetProperty("thoughtsRightNow").GetBoolean());
        Assert.Equal("emergency", safety.GetProperty("level").GetString());
        Assert.Equal("suicidal-thoughts-right-now", safety.GetProperty("flags")[0].GetProperty("code").GetString());
        Assert.True(safety.GetProperty("crisisFirst").GetBoolean());
        Assert.Equal("mental-health-crisis", safety.GetProperty("crisis").GetProperty("kind").GetString());
        Assert.Contains(safety.GetProperty("crisis").GetProperty("lines").EnumerateArray(), l => l.GetProperty("href").GetString() == "tel:911");
        Assert.Contains(safety.GetProperty("crisis").GetProperty("lines").EnumerateArray(), l => l.GetProperty("href").GetString() == "tel:988");
        Assert.Equal(safety.GetProperty("alertIds")[0].GetGuid(), again.GetProperty("safety").GetProperty("alertIds")[0].GetGuid());
        foreach (var reader in new[] { patient, caregiver, therapist })
        {
            var alerts = await GetJsonAsync(reader.Client, $"/api/v1/alerts?patientId={patient.Id}");
            var emergency = Assert.Single(alerts.EnumerateArray(), a => a.GetProperty("flagCode").GetString() == "suicidal-thoughts-right-now");
            Assert.Equal("emergency", emergency.GetProperty("level").GetString());
            Assert.Equal(id, emergency.GetProperty("originId").GetGuid());
        }

        var stored = await GetJsonAsync(patient.Client, $"/api/v1/questionnaires/responses/{id}");
        Assert.Equal(submitted.GetProperty("total").GetInt32(), stored.GetProperty("total").GetInt32());
        Assert.Equal(Phq9(1), stored.GetProperty("answers").EnumerateArray().Select(a => a.GetInt32()));
        Assert.Equal(["self-harm-thoughts"], stored.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray());
    }

    [Fact]
    public async Task Api_No_ContactYourProviderToday_NoNewAlert()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await SubmitPhq9Async(patient, item9: 3)).GetProperty("id").GetGuid();

        var answer = await AnswerAsync(patient, id, yes: false);

        var safety = answer.GetProperty("safety");
        Assert.Equal("contact-provider-today", safety.GetProperty("level").GetString());
        Assert.Equal("self-harm-thoughts", Assert.Single(safety.GetProperty("flags").EnumerateArray()).GetProperty("code").GetString());
        Assert.Empty(safety.GetProperty("alertIds").EnumerateArray());
        Assert.Equal("mental-health-crisis", safety.GetProperty("crisis").GetProperty("kind").GetString());
        var alert = Assert.Single((await GetJsonAsync(patient.Client, "/api/v1/alerts")).EnumerateArray());
        Assert.Equal("self-harm-thoughts", alert.GetProperty("flagCode").GetString());
    }

    [Fact]
    public async Task Api_NoAnswer_Returns400NamingTheField()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await SubmitPhq9Async(patient, item9: 1)).GetProperty("id").GetGuid();

        var response = await patient.Client.PostAsJsonAsync($"/api/v1/questionnaires/responses/{id}/thoughts-right-now", new { }, Ct);

        Assert.Equal(["thoughtsRightNow"], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Single((await GetJsonAsync(patient.Client, "/api/v1/alerts")).EnumerateArray());
    }

    [Fact]
    public async Task Page_Item9Zero_AsksNothing_Item9Positive_AsksWithAPlainForm()
    {
        var patient = await TestUser.CreateAsync(app);

        var none = await PageForms.SubmitAsync(patient.Client, "/questionnaires/phq9", Form(item9: 0));
        var asked = await PageForms.SubmitAsync(patient.Client, "/questionnaires/phq9", Form(item9: 1));

        Assert.DoesNotContain(Question, none.Html, StringComparison.Ordinal);
        Assert.Contains(Question, asked.Html, StringComparison.Ordinal);
        var id = (await GetJsonAsync(patient.Client, "/api/v1/questionnaires/responses")).EnumerateArray()
            .Single(r => r.GetProperty("answers")[8].GetInt32() == 1).GetProperty("id").GetGuid();
        Assert.Contains($"action=\"/questionnaires/responses/{id}/right-now\"", asked.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"answer\" value=\"yes\"", asked.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"answer\" value=\"no\"", asked.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", "Thoughts of killing yourself right now", "emergency")]
    [InlineData("no", "PHQ-9 item 9", "contact-provider-today")]
    public async Task Page_Answer_RouteFirstOnTheSameResponse_AlertAtItsLevel(string answer, string flagTitle, string highestAlert)
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await SubmitPhq9Async(patient, item9: 1)).GetProperty("id").GetGuid();
        var path = $"/questionnaires/responses/{id}/right-now";

        var question = await PageForms.GetPageAsync(patient.Client, path);
        var page = await PageForms.SubmitAsync(patient.Client, path, [("answer", answer)]);

        Assert.Contains(Question, question, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-kind=\"mental-health-crisis\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(flagTitle, page.Html, StringComparison.Ordinal);
        Assert.True(page.Html.IndexOf("data-testid=\"crisis-route\"", StringComparison.Ordinal) < page.Html.IndexOf("<h1>", StringComparison.Ordinal));
        var alerts = (await GetJsonAsync(patient.Client, "/api/v1/alerts")).EnumerateArray().Select(a => a.GetProperty("level").GetString()).ToArray();
        Assert.Equal(highestAlert, alerts.Contains("emergency") ? "emergency" : alerts.Single());
    }

    [Fact]
    public async Task Onboarding_BaselineItem9_AsksOnApiAndPage_YesRaisesTheEmergencyAlert()
    {
        var patient = await TestUser.CreateAsync(app);

        var none = await (await patient.Client.PostAsJsonAsync("/api/v1/onboarding", OnboardingApiTests.Answers(phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0]), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var asked = await (await patient.Client.PostAsJsonAsync("/api/v1/onboarding", OnboardingApiTests.Answers(phq9: [1, 1, 1, 1, 1, 1, 1, 1, 2]), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var page = await PageForms.GetPageAsync(patient.Client, "/onboarding/result");

        Assert.Equal(JsonValueKind.Null, none.GetProperty("rightNow").ValueKind);
        var rightNow = asked.GetProperty("rightNow");
        var baseline = asked.GetProperty("phq9").GetProperty("id").GetGuid();
        Assert.Equal(Question, rightNow.GetProperty("question").GetString());
        Assert.Equal(baseline, rightNow.GetProperty("responseId").GetGuid());
        Assert.Contains(Question, page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/questionnaires/responses/{baseline}/right-now\"", page, StringComparison.Ordinal);

        var answer = await AnswerAsync(patient, baseline, yes: true);

        Assert.Equal("emergency", answer.GetProperty("safety").GetProperty("level").GetString());
        Assert.Contains((await GetJsonAsync(patient.Client, "/api/v1/alerts")).EnumerateArray(),
            a => a.GetProperty("flagCode").GetString() == "suicidal-thoughts-right-now" && a.GetProperty("level").GetString() == "emergency");
    }

    [Fact]
    public async Task OnboardingPage_BaselineItem9_TheQuestionFollowsTheCrisisRoute()
    {
        var patient = await TestUser.CreateAsync(app);
        var form = OnboardingWalk.Required();
        form.AddRange(Enumerable.Range(0, 9).Select(i => ($"Input.Phq9Answers[{i}]", i == 8 ? "1" : "0")));

        var page = await OnboardingWalk.CompleteAsync(patient.Client, form);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Html.IndexOf("data-testid=\"crisis-route\"", StringComparison.Ordinal) < page.Html.IndexOf(Question, StringComparison.Ordinal));
    }

    private static (string, string)[] Form(int item9) => [.. Enumerable.Range(0, 9).Select(i => ($"Answers[{i}]", i == 8 ? item9.ToString(System.Globalization.CultureInfo.InvariantCulture) : "1"))];
}
