using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Clinical.Safety;
using Lantern.Web.Platform.Crisis;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Onboarding;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform.Crisis;

/// <summary>
/// Issue 12 item 1, as a class: every path that answers a red flag (check-in, questionnaire item 9 and its follow-up,
/// warning signs, onboarding, the dosing day's readings and checks, the support person's check, side effects, the
/// taper journal, the public tools and calculators), on its page and in the API, for people in the US, the UK,
/// Australia, an unlisted country (Germany) and no country at all, answers with the same crisis route for the same
/// kind of emergency and the same country: the one Platform/Crisis builds. A new path joins this list.
/// </summary>
public sealed partial class CrisisRouteEverywhereTests(SharedApp app)
{
    private const string MentalHealth = "mental-health-crisis";
    private const string Medical = "medical-emergency";
    private const string SameDay = "urgent-same-day-care";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One crisis route seen on an answer: where, which kind we expect there, and the route as shown.</summary>
    private sealed record Seen(string Path, string ExpectedKind, string Route);

    [Theory]
    [InlineData("US", "America/Chicago")]
    [InlineData("GB", "Europe/London")]
    [InlineData("AU", "Australia/Sydney")]
    [InlineData("DE", "Europe/Berlin")]
    [InlineData("none", "Antarctica/Troll")]
    public async Task EveryRedFlagPath_SameKindAndCountry_SameRoute_ApiAndPageAlike(string country, string timeZone)
    {
        var patient = await TestUser.CreateAsync(app, timeZone: timeZone);
        var seen = new List<Seen>();
        await CheckInsAsync(patient, seen);
        await QuestionnairesAsync(patient, seen);
        await WarningSignsAsync(patient, seen);
        await OnboardingAsync(patient, seen);
        await DosingDayAsync(patient, seen);
        await TaperJournalAsync(patient, seen, Lantern.Web.Platform.Time.TimeZones.LocalDate(app.Time.GetUtcNow(), timeZone));
        await ToolsAsync(patient.Client, patient, seen, "signed in");
        if (country == "none")
        {
            await ToolsAsync(app.CreateBrowserlikeClient(), null, seen, "signed out");
        }

        var place = new CrisisPlace(null, timeZone);
        var failures = seen
            .Where(s => s.Route != Expected(s.ExpectedKind, place))
            .Select(s => $"{s.Path} ({s.ExpectedKind}):\n  saw      {s.Route}\n  expected {Expected(s.ExpectedKind, place)}")
            .ToArray();
        Assert.True(failures.Length == 0, string.Join("\n", failures));
        Assert.Equal([Medical, MentalHealth, SameDay], seen.Select(s => s.ExpectedKind).Distinct().Order(StringComparer.Ordinal));
        Assert.True(seen.Count >= 40, $"Only {seen.Count} answers were checked.");
        AssertTheKindDecidesWhatLeads(place, country);
    }

    /// <summary>What each kind leads with, for this country: the thing the issue found wrong.</summary>
    private static void AssertTheKindDecidesWhatLeads(CrisisPlace place, string country)
    {
        var medical = CrisisRoutes.For(CrisisKind.MedicalEmergency, place);
        var mental = CrisisRoutes.For(CrisisKind.MentalHealthCrisis, place);
        var sameDay = CrisisRoutes.For(CrisisKind.UrgentSameDayCare, place);
        if (country is "DE" or "none")
        {
            Assert.All([medical, mental, sameDay], route =>
            {
                Assert.Empty(route.Lines);
                Assert.Null(route.CountryCode);
                Assert.Contains("call your local emergency number", route.Lead, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(("/help", "Choose your country to see its crisis lines"), (route.HelpPage, route.HelpText));
            });
            return;
        }

        Assert.Equal(country, medical.CountryCode);
        Assert.True(Assert.Single(medical.Lines).IsEmergencyNumber);
        Assert.StartsWith("Call ", medical.Lead, StringComparison.Ordinal);
        Assert.Contains("emergency department", medical.Lead, StringComparison.Ordinal);
        Assert.False(mental.Lines[0].IsEmergencyNumber, "A mental-health crisis leads with a crisis line.");
        Assert.Contains(mental.Lines, l => l.IsEmergencyNumber);
        Assert.StartsWith("Contact your provider", sameDay.Lead, StringComparison.Ordinal);
        Assert.True(Assert.Single(sameDay.Lines).IsEmergencyNumber);
    }

    private static string Expected(string kind, CrisisPlace place) =>
        Describe(CrisisRoutes.For(Enum.GetValues<CrisisKind>().Single(k => k.ToCode() == kind), place));

    private static string Describe(CrisisRouteResponse route) =>
        Describe(route.Kind, route.Heading, route.Lead, route.Lines.Select(l => l.Href), route.HelpPage, route.HelpText);

    private static string Describe(string? kind, string? heading, string? lead, IEnumerable<string?> hrefs, string? helpPage, string? helpText) =>
        $"{kind} | {heading} | {lead} | {string.Join(" ", hrefs)} | {helpPage} | {helpText}";

    private static void FromJson(List<Seen> seen, string path, string kind, JsonElement route)
    {
        Assert.True(route.ValueKind == JsonValueKind.Object, $"{path}: no crisis route on the answer.");
        seen.Add(new Seen(path, kind, Describe(
            route.GetProperty("kind").GetString(),
            route.GetProperty("heading").GetString(),
            route.GetProperty("lead").GetString(),
            route.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("href").GetString()),
            route.GetProperty("helpPage").GetString(),
            route.GetProperty("helpText").GetString())));
    }

    private static void FromPage(List<Seen> seen, string path, string kind, FormResult page)
    {
        Assert.True(page.Status == HttpStatusCode.OK, $"{path}: {(int)page.Status}");
        var panel = Panel().Match(page.Html);
        Assert.True(panel.Success, $"{path}: no crisis route on the page.");
        var body = panel.Groups["body"].Value;
        var lines = Lines().Match(body);
        var help = Help().Match(body);
        seen.Add(new Seen(path, kind, Describe(
            panel.Groups["kind"].Value,
            Text(Heading().Match(body).Groups[1].Value),
            Text(Lead().Match(body).Groups[1].Value),
            lines.Success ? Hrefs().Matches(lines.Value).Select(m => Text(m.Groups[1].Value)) : [],
            Text(help.Groups[1].Value),
            Text(help.Groups[2].Value))));
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html).Trim();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var json = await HttpAssertions.ReadJsonAsync(response);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {json}");
        return json;
    }

    private static async Task<FormResult> PostPageAsync(TestUser user, string path, params (string, string)[] fields) =>
        await PageForms.SubmitAsync(user.Client, path, fields, await PageForms.TokenAsync(user.Client, "/help"));

    private static async Task CheckInsAsync(TestUser patient, List<Seen> seen)
    {
        var created = await PatientApi.PostCheckInAsync(patient.Client, PatientApi.CheckIn(warningSigns: ["suicidal-thoughts"]));
        FromJson(seen, "POST /api/v1/checkins (suicidal-thoughts)", MentalHealth, created.GetProperty("safety").GetProperty("crisis"));
        var id = created.GetProperty("checkIn").GetProperty("id").GetGuid();
        foreach (var (sign, kind) in new[] { ("suicidal-thoughts", MentalHealth), ("chest-pain", Medical), ("bladder-pain-or-blood-in-urine", SameDay) })
        {
            var updated = await JsonAsync(await patient.Client.PutAsJsonAsync($"/api/v1/checkins/{id}", PatientApi.CheckIn(warningSigns: [sign]), Ct), HttpStatusCode.OK);
            FromJson(seen, $"PUT /api/v1/checkins/{{id}} ({sign})", kind, updated.GetProperty("safety").GetProperty("crisis"));
            FromPage(seen, $"/checkin ({sign})", kind, await PostPageAsync(patient, "/checkin",
                ("Input.Mood", "2"), ("Input.Anxiety", "8"), ("Input.SleepHours", "4"), ("Input.Energy", "2"), ("Input.WarningSigns", sign)));
        }
    }

    private static async Task QuestionnairesAsync(TestUser patient, List<Seen> seen)
    {
        var submitted = await JsonAsync(await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = PatientApi.Phq9(item9: 1, each: 0) }, Ct), HttpStatusCode.Created);
        FromJson(seen, "POST /api/v1/questionnaires/phq9/responses (item 9)", MentalHealth, submitted.GetProperty("crisis"));
        var id = submitted.GetProperty("id").GetGuid();
        foreach (var yes in new[] { true, false })
        {
            var answered = await JsonAsync(await patient.Client.PostAsJsonAsync($"/api/v1/questionnaires/responses/{id}/thoughts-right-now", new { thoughtsRightNow = yes }, Ct), HttpStatusCode.OK);
            FromJson(seen, $"POST .../thoughts-right-now ({(yes ? "yes" : "no")})", MentalHealth, answered.GetProperty("safety").GetProperty("crisis"));
            FromPage(seen, $"/questionnaires/responses/{{id}}/right-now ({(yes ? "yes" : "no")})", MentalHealth,
                await PostPageAsync(patient, $"/questionnaires/responses/{id}/right-now", ("answer", yes ? "yes" : "no")));
        }

        FromPage(seen, "/questionnaires/phq9 (item 9)", MentalHealth,
            await PostPageAsync(patient, "/questionnaires/phq9", [.. Enumerable.Range(0, 9).Select(i => ($"Answers[{i}]", i == 8 ? "2" : "0"))]));
    }

    private static async Task WarningSignsAsync(TestUser patient, List<Seen> seen)
    {
        foreach (var (sign, kind) in new[]
        {
            ("suicidal-thoughts", MentalHealth), ("unable-to-function", MentalHealth), ("seeing-or-hearing-things", MentalHealth),
            ("chest-pain", Medical), ("trouble-breathing", Medical), ("severe-confusion", Medical),
            ("bladder-pain-or-blood-in-urine", SameDay), ("withdrawal-not-tolerable", SameDay),
        })
        {
            var checkedSigns = await JsonAsync(await patient.Client.PostAsJsonAsync("/api/v1/warning-signs", new { signs = new[] { sign } }, Ct), HttpStatusCode.OK);
            FromJson(seen, $"POST /api/v1/warning-signs ({sign})", kind, checkedSigns.GetProperty("safety").GetProperty("crisis"));
            FromPage(seen, $"/warning-signs ({sign})", kind, await PostPageAsync(patient, "/warning-signs", ("signs", sign)));
        }
    }

    private static async Task OnboardingAsync(TestUser patient, List<Seen> seen)
    {
        var item9 = await JsonAsync(await patient.Client.PostAsJsonAsync("/api/v1/onboarding", OnboardingApiTests.Answers(phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1]), Ct), HttpStatusCode.OK);
        FromJson(seen, "POST /api/v1/onboarding (item 9)", MentalHealth, item9.GetProperty("safety").GetProperty("crisis"));
        var bloodPressure = await JsonAsync(await patient.Client.PostAsJsonAsync("/api/v1/onboarding", OnboardingApiTests.Answers(systolic: 181, diastolic: 80), Ct), HttpStatusCode.OK);
        FromJson(seen, "POST /api/v1/onboarding (181/80)", Medical, bloodPressure.GetProperty("safety").GetProperty("crisis"));

        // In steps: the step that asks answers a red flag at once, and the result repeats it.
        var form = OnboardingWalk.Required();
        form.AddRange(Enumerable.Range(0, 9).Select(i => ($"Input.Phq9Answers[{i}]", i == 8 ? "1" : "0")));
        form.AddRange([("Input.RecentSystolic", "181"), ("Input.RecentDiastolic", "80")]);
        var bloodPressureStep = await OnboardingWalk.CompleteAsync(patient.Client, form, through: 3);
        FromPage(seen, "/onboarding step 3 (181/80)", Medical, bloodPressureStep);
        var moodStep = await OnboardingWalk.CompleteAsync(patient.Client, form, through: 5);
        FromPage(seen, "/onboarding step 5 (item 9)", MentalHealth, moodStep);
        form.RemoveAll(f => f.Item1.StartsWith("Input.Recent", StringComparison.Ordinal));
        FromPage(seen, "/onboarding result (item 9)", MentalHealth, await OnboardingWalk.CompleteAsync(patient.Client, form));
    }

    private static async Task DosingDayAsync(TestUser patient, List<Seen> seen)
    {
        // Before the dose: readings in the check band and the crisis band, then a start refused for the urgent one.
        var planned = await SessionsApi.NewSessionAsync(patient);
        FromJson(seen, "POST /api/v1/sessions/{id}/vitals (before, 145/85)", SameDay,
            (await JsonAsync(await SessionsApi.PostVitalsAsync(patient.Client, planned, 145, 85), HttpStatusCode.Created)).GetProperty("safety").GetProperty("crisis"));
        FromPage(seen, "/sessions/{id} reading (150/90)", SameDay, await PostPageAsync(patient, $"/sessions/{planned}?handler=Reading", ("Reading.Systolic", "150"), ("Reading.Diastolic", "90")));
        FromPage(seen, "/sessions/{id} reading (186/104)", Medical, await PostPageAsync(patient, $"/sessions/{planned}?handler=Reading", ("Reading.Systolic", "186"), ("Reading.Diastolic", "104")));
        FromJson(seen, "POST /api/v1/sessions/{id}/vitals (before, 181/80)", Medical,
            (await JsonAsync(await SessionsApi.PostVitalsAsync(patient.Client, planned, 181, 80), HttpStatusCode.Created)).GetProperty("safety").GetProperty("crisis"));
        var refused = await JsonAsync(await SessionsApi.PutSessionAsync(patient.Client, planned, new { state = "started" }), HttpStatusCode.Conflict);
        FromJson(seen, "PUT /api/v1/sessions/{id} start refused (urgent)", Medical, refused.GetProperty("safety").GetProperty("crisis"));
        FromPage(seen, "/sessions/{id} start refused (urgent)", Medical, await PostPageAsync(patient, $"/sessions/{planned}?handler=Start", ("DosedMinutesAgo", "0")));

        // During the session: the patient's and the support person's checks, a reading after the dose, side effects.
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions");
        var running = await SessionsApi.NewSessionAsync(patient);
        Assert.Equal(HttpStatusCode.OK, (await SessionsApi.PutSessionAsync(patient.Client, running, new { supportPerson = new { caregiverId = caregiver.Id } })).StatusCode);
        await SessionsApi.StartAsync(patient, running, minutesAgo: 30);
        FromJson(seen, "POST /api/v1/sessions/{id}/checks (hard to wake)", Medical,
            (await JsonAsync(await SessionsApi.PostCheckAsync(patient.Client, running, responsiveness: "hard-to-wake"), HttpStatusCode.Created)).GetProperty("safety").GetProperty("crisis"));
        FromJson(seen, "POST /api/v1/sessions/{id}/checks (support person, breathing)", Medical,
            (await JsonAsync(await SessionsApi.PostCheckAsync(caregiver.Client, running, breathingConcern: true), HttpStatusCode.Created)).GetProperty("safety").GetProperty("crisis"));
        FromPage(seen, "/sessions/{id}/day check (hard to wake)", Medical,
            await PostPageAsync(patient, $"/sessions/{running}/day?handler=Check", ("Check.Responsiveness", "hard-to-wake"), ("Check.Calmness", "calm")));
        FromPage(seen, "/sessions/{id}/day check (support person, hard to wake)", Medical, await PageForms.SubmitAsync(caregiver.Client, $"/sessions/{running}/day?handler=Check",
            [("Check.Responsiveness", "hard-to-wake"), ("Check.Calmness", "calm")]));
        FromJson(seen, "POST /api/v1/sessions/{id}/vitals (after the dose, 190/100)", Medical,
            (await JsonAsync(await SessionsApi.PostVitalsAsync(patient.Client, running, 190, 100), HttpStatusCode.Created)).GetProperty("safety").GetProperty("crisis"));
        FromPage(seen, "/sessions/{id}/day reading (after the dose, 181/80)", Medical,
            await PostPageAsync(patient, $"/sessions/{running}/day?handler=Reading", ("Reading.Systolic", "181"), ("Reading.Diastolic", "80")));
        foreach (var (field, value, kind) in new[] { ("Signs", "suicidal-thoughts", MentalHealth), ("Signs", "chest-pain", Medical), ("Urinary", "blood-in-urine", SameDay) })
        {
            object body = field == "Signs" ? new { dissociation = 2, warningSigns = new[] { value } } : new { dissociation = 2, urinarySymptoms = new[] { value } };
            FromJson(seen, $"POST /api/v1/sessions/{{id}}/side-effects ({value})", kind,
                (await JsonAsync(await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{running}/side-effects", body, Ct), HttpStatusCode.OK)).GetProperty("safety").GetProperty("crisis"));
            FromPage(seen, $"/sessions/{{id}}/after side effects ({value})", kind, await PostPageAsync(patient, $"/sessions/{running}/after?handler=Effects", ("Effects.Dissociation", "2"), ($"Effects.{field}", value)));
        }
    }

    private static async Task TaperJournalAsync(TestUser patient, List<Seen> seen, DateOnly localToday)
    {
        var plan = TaperApi.Id(await TaperApi.CreatePlanAsync(patient));
        var thoughts = await JsonAsync(await TaperApi.RecordJournalAsync(patient, plan, new { ratings = TaperApi.Ratings(), mood = 1, thoughtsOfSuicideOrSelfHarm = true }), HttpStatusCode.OK);
        FromJson(seen, "POST /api/v1/tapers/{id}/journal (thoughts of suicide)", MentalHealth, thoughts.GetProperty("crisis"));
        var withdrawal = await JsonAsync(await TaperApi.RecordJournalAsync(patient, plan, new { ratings = TaperApi.Ratings((2, 3)), symptomsTolerable = false, mood = 4 }), HttpStatusCode.OK);
        FromJson(seen, "POST /api/v1/tapers/{id}/journal (not tolerable)", SameDay, withdrawal.GetProperty("crisis"));

        (string, string)[] ratings = [.. Enumerable.Range(0, 10).Select(i => ($"Input.Ratings[{i}]", "0"))];
        var today = localToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        FromPage(seen, "/taper/plans/{id}/journal (thoughts of suicide)", MentalHealth, await PostPageAsync(patient, $"/taper/plans/{plan}/journal",
            [.. ratings, ("Input.Date", today), ("Input.Mood", "1"), ("Input.ThoughtsOfSuicideOrSelfHarm", "true")]));
        FromPage(seen, "/taper/plans/{id}/journal (unable to cope)", MentalHealth, await PostPageAsync(patient, $"/taper/plans/{plan}/journal",
            [.. ratings, ("Input.Date", today), ("Input.Mood", "2"), ("Input.UnableToManageDailyLife", "true")]));
    }

    private static async Task ToolsAsync(HttpClient client, TestUser? user, List<Seen> seen, string who)
    {
        var phq9 = await JsonAsync(await client.PostAsJsonAsync("/api/v1/calculators/phq9", new { answers = PatientApi.Phq9(item9: 3, each: 0) }, Ct), HttpStatusCode.OK);
        FromJson(seen, $"POST /api/v1/calculators/phq9 ({who})", MentalHealth, phq9.GetProperty("crisis"));
        var rightNow = await JsonAsync(await client.PostAsJsonAsync("/api/v1/calculators/phq9/thoughts-right-now", new { thoughtsRightNow = true }, Ct), HttpStatusCode.OK);
        FromJson(seen, $"POST /api/v1/calculators/phq9/thoughts-right-now ({who})", MentalHealth, rightNow.GetProperty("crisis"));
        var screening = await JsonAsync(await client.PostAsJsonAsync("/api/v1/calculators/screening", ScreeningRequest(systolic: 181), Ct), HttpStatusCode.OK);
        FromJson(seen, $"POST /api/v1/calculators/screening (181/80, {who})", Medical, screening.GetProperty("crisis"));
        var screeningItem9 = await JsonAsync(await client.PostAsJsonAsync("/api/v1/calculators/screening", ScreeningRequest(phq9Item9: 1), Ct), HttpStatusCode.OK);
        FromJson(seen, $"POST /api/v1/calculators/screening (item 9, {who})", MentalHealth, screeningItem9.GetProperty("crisis"));

        foreach (var (systolic, diastolic, kind) in new[] { ("181", "80", Medical), ("150", "121", Medical), ("145", "85", SameDay) })
        {
            FromPage(seen, $"/tools/blood-pressure ({systolic}/{diastolic}, {who})", kind,
                await ToolFormAsync(client, user, "/tools/blood-pressure", [("Systolic", systolic), ("Diastolic", diastolic)]));
        }

        FromPage(seen, $"/tools/phq9 ({who})", MentalHealth,
            await ToolFormAsync(client, user, "/tools/phq9", [.. Enumerable.Range(0, 9).Select(i => ($"Answers[{i}]", i == 8 ? "1" : "0"))]));
        FromPage(seen, $"/tools/phq9 right now ({who})", MentalHealth, await ToolFormAsync(client, user, "/tools/phq9?handler=RightNow", [("answer", "yes")]));
    }

    /// <summary>A tool's form, signed in or out; signed out the token comes from the PHQ-9 tool, signed in from the tools index.</summary>
    private static async Task<FormResult> ToolFormAsync(HttpClient client, TestUser? user, string path, (string, string)[] fields)
    {
        client = user?.Client ?? client;
        return await PageForms.SubmitAsync(client, path, fields, await PageForms.TokenAsync(client, user is null ? "/tools/phq9" : "/tools"));
    }

    private static Dictionary<string, object?> ScreeningRequest(int? systolic = null, int? phq9Item9 = null)
    {
        var request = Features.Tools.CalculatorApiTests.CompleteScreening("no");
        request["recentSystolic"] = systolic;
        request["recentDiastolic"] = systolic is null ? null : 80;
        request["phq9Answers"] = phq9Item9 is { } item9 ? new[] { 0, 0, 0, 0, 0, 0, 0, 0, item9 } : null;
        return request;
    }

    [GeneratedRegex("data-testid=\"crisis-route\" data-kind=\"(?<kind>[^\"]*)\">(?<body>[\\s\\S]*?)</section>")]
    private static partial Regex Panel();

    [GeneratedRegex("<h2 id=\"safety-title\">([\\s\\S]*?)</h2>")]
    private static partial Regex Heading();

    [GeneratedRegex("<p class=\"crisis-lead\" data-testid=\"crisis-lead\">([\\s\\S]*?)</p>")]
    private static partial Regex Lead();

    [GeneratedRegex("<ul class=\"crisis-lines\"[\\s\\S]*?</ul>")]
    private static partial Regex Lines();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex("<p><a href=\"([^\"]+)\">([^<]+)</a></p>")]
    private static partial Regex Help();
}
