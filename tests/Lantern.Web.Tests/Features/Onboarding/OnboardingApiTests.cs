using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Onboarding;

/// <summary>/api/v1/onboarding: suitability screening from Lantern.Clinical with a baseline PHQ-9 and GAD-7.</summary>
public sealed class OnboardingApiTests(SharedApp app)
{
    internal static object Answers(int[]? phq9 = null, int[]? gad7 = null, string support = "adult-present-during-doses", int? systolic = null, int? diastolic = null) => new
    {
        ageYears = 38,
        pregnant = "no",
        breastFeeding = "no",
        psychosisHistory = "no",
        maniaHistory = "no",
        substanceUseDisorder = "no",
        aneurysmOrArteriovenousMalformation = "no",
        intracerebralHaemorrhage = "no",
        uncontrolledBloodPressureOrHeartDisease = "no",
        ketamineAllergy = "no",
        supportAtHome = support,
        benzodiazepines = Array.Empty<object>(),
        phq9Answers = phq9,
        gad7Answers = gad7,
        recentSystolic = systolic,
        recentDiastolic = diastolic,
    };

    [Fact]
    public async Task Get_BeforeOnboarding_Returns404()
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await patient.Client.GetAsync("/api/v1/onboarding", Ct)).StatusCode);
    }

    [Fact]
    public async Task Post_NoReasons_DiscussAtHome_StoresBaselines_AndGetShowsItAgain()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/onboarding",
            Answers(phq9: [3, 3, 2, 2, 2, 2, 2, 2, 0], gad7: [2, 2, 2, 2, 2, 2, 2]), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("discuss-at-home", result.GetProperty("outcome").GetString());
        Assert.Contains(result.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "at-home-study-range");
        Assert.All(result.GetProperty("reasons").EnumerateArray(), r => Assert.NotEmpty(r.GetProperty("sources").EnumerateArray()));
        Assert.Equal(18, result.GetProperty("phq9").GetProperty("total").GetInt32());
        Assert.Equal(14, result.GetProperty("gad7").GetProperty("total").GetInt32());
        Assert.Equal("/guide/questions-to-ask-a-provider", result.GetProperty("questionsToAskLink").GetString());
        Assert.Empty(result.GetProperty("safety").GetProperty("flags").EnumerateArray());

        var baselines = await GetJsonAsync(patient.Client, "/api/v1/questionnaires/responses");
        Assert.Equal(2, baselines.GetArrayLength());
        Assert.All(baselines.EnumerateArray(), r => Assert.True(r.GetProperty("fromOnboarding").GetBoolean()));
        var again = await GetJsonAsync(patient.Client, "/api/v1/onboarding");
        Assert.Equal(result.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(result.GetProperty("reasons").GetArrayLength(), again.GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public async Task Post_Phq9Item9AndUrgentBloodPressure_FlagsWithCrisisRouteOnSameResponse_AndAlerts()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/onboarding",
            Answers(phq9: [1, 1, 1, 1, 1, 1, 1, 1, 1], support: "no-one", systolic: 185, diastolic: 100), Ct);

        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("not-now", result.GetProperty("outcome").GetString());
        var safety = result.GetProperty("safety");
        var codes = safety.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.Contains("self-harm-thoughts", codes);
        Assert.Contains("bp-urgent", codes);
        Assert.Equal("emergency", safety.GetProperty("level").GetString());
        Assert.NotEmpty(safety.GetProperty("crisis").GetProperty("lines").EnumerateArray());
        var alerts = await GetJsonAsync(patient.Client, "/api/v1/alerts");
        Assert.Equal(2, alerts.GetArrayLength());
        Assert.All(alerts.EnumerateArray(), a => Assert.Equal("onboarding", a.GetProperty("origin").GetString()));
    }

    [Fact]
    public async Task Post_MissingAndInvalidAnswers_Returns400NamingEachField_AndStoresNothing()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/onboarding", new
        {
            pregnant = "maybe",
            supportAtHome = "no-one",
            phq9Answers = new[] { 0, 0, 0, 4, 0, 0, 0, 0, 0 },
        }, Ct);

        var fields = await HttpAssertions.ProblemFieldsAsync(response);
        Assert.Contains("ageYears", fields);
        Assert.Contains("pregnant", fields);
        Assert.Contains("ketamineAllergy", fields);
        Assert.Contains("phq9Answers[3]", fields);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.Client.GetAsync("/api/v1/onboarding", Ct)).StatusCode);
        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/questionnaires/responses")).GetArrayLength());
    }
}
