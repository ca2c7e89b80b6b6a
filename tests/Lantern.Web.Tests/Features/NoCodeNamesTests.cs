using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Features.Onboarding;
using Lantern.Web.Tests.Features.Pain;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features;

/// <summary>
/// Issue 12 item 2, as a class: no page text and no API string shows a code name. The code names are every member
/// of every enum in Lantern.Clinical and Lantern.Web made of two or more capitalised parts run together
/// (<c>Stage1Hypertension</c>, <c>ContactProviderToday</c>), found by reflection, so a new enum is covered. The
/// answers walked are the public tools and calculators for representative inputs (every blood-pressure category,
/// every questionnaire, each calculator), a patient's journey through every feature, and then every page and GET
/// endpoint in the route table that answers the patient with 200. Codes meant for machines (kebab-case, camelCase
/// JSON enums, form values in attributes) are not text and are not checked.
/// </summary>
public sealed partial class NoCodeNamesTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] CodeNames =
        [.. new[] { typeof(Lantern.Clinical.PlainWords).Assembly, typeof(Program).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsEnum)
            .SelectMany(Enum.GetNames)
            .Where(name => Compound().IsMatch(name))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static readonly Regex AnyCodeName = new($@"\b({string.Join('|', CodeNames)})\b", RegexOptions.Compiled);

    /// <summary>
    /// What engineers use to trace a source and a person must never read on a page: every source key (<c>NiceQs8</c>),
    /// the reference file's name and its section sign (a one-word key such as an organisation's name is its name, and allowed). JSON may carry a source key as a machine code, so pages only.
    /// </summary>
    private static readonly Regex AnyInternalReference = new(
        $@"\b({string.Join('|', Lantern.Clinical.Refs.All.Keys.Where(key => Compound().IsMatch(key)).Select(Regex.Escape))})\b|clinical\.md|§", RegexOptions.Compiled);

    /// <summary>
    /// The evidence statuses as engineers write them in the reference document and in code comments, in capitals
    /// (issue 15: "CONVENTION NOT VERIFIED", "SECONDARY"). A person reads the strength in words instead. Checked on
    /// pages, API strings, PDFs and e-mails; lower-case machine codes in JSON ("secondary") are not words.
    /// </summary>
    private static readonly Regex AnyStatusKeyword = new(@"\b(VERIFIED|UNVERIFIED|SECONDARY|DERIVED|CONVENTION|LANTERN POLICY|NOT VERIFIED)\b", RegexOptions.Compiled);

    private readonly List<string> _failures = [];
    private int _checked;

    [Fact]
    public void CodeNames_FoundByReflectionInBothAssemblies()
    {
        Assert.Contains("Stage1Hypertension", CodeNames);
        Assert.Contains("HypertensiveCrisis", CodeNames);
        Assert.Contains("ContactProviderToday", CodeNames);
        Assert.Contains("DosingSession", CodeNames); // Lantern.Web's AlertOrigin
    }

    [Fact]
    public async Task ToolsAndCalculators_RepresentativeInputs_ShowWordsNotCodeNames()
    {
        var visitor = await TestUser.CreateAsync(app, timeZone: "Europe/London");
        foreach (var (systolic, diastolic) in new[] { (110, 70), (125, 75), (135, 85), (150, 95), (185, 100), (150, 121) })
        {
            await PageAsync(visitor, "/tools/blood-pressure", ("Systolic", $"{systolic}"), ("Diastolic", $"{diastolic}"));
        }

        foreach (var (instrument, items, answer) in new[] { ("phq9", 9, "3"), ("phq9", 9, "0"), ("gad7", 7, "2"), ("pcl5", 20, "2") })
        {
            await PageAsync(visitor, $"/tools/{instrument}", [.. Enumerable.Range(0, items).Select(i => ($"Answers[{i}]", answer))]);
            await ApiAsync(visitor.Client.PostAsJsonAsync($"/api/v1/calculators/{instrument}", new { answers = Enumerable.Repeat(int.Parse(answer, System.Globalization.CultureInfo.InvariantCulture), items) }, Ct));
        }

        foreach (var answer in new[] { "yes", "no" })
        {
            await PageAsync(visitor, "/tools/phq9?handler=RightNow", ("answer", answer));
            await ApiAsync(visitor.Client.PostAsJsonAsync("/api/v1/calculators/phq9/thoughts-right-now", new { thoughtsRightNow = answer == "yes" }, Ct));
        }

        foreach (var history in new[] { "No", "Yes", "NotSure" })
        {
            await PageAsync(visitor, "/tools/screening", [("AgeYears", "40"), ("SupportAtHome", "SomeoneReachableNotPresent"),
                .. Lantern.Web.Features.Tools.ScreeningModel.HistoryQuestions.Select(q => ($"History[{q.Field}]", history))]);
        }

        await PageAsync(visitor, "/tools/mme", ("Items[0].Opioid", "oxycodone"), ("Items[0].DailyDose", "60"), ("Items[1].Opioid", "fentanyl-patch"), ("Items[1].DailyDose", "25"));
        await PageAsync(visitor, "/tools/diazepam-equivalent", ("Drug", "alprazolam"), ("DailyDoseMg", "2"), ("Table", "va-dod"));
        await PageAsync(visitor, "/tools/cost", ("Route", "iv-in-clinic"), ("SessionsInCourse", "6"), ("Boosters", "monthly"), ("Insurance", "no"));
        await ApiAsync(visitor.Client.PostAsJsonAsync("/api/v1/calculators/mme", new { items = new[] { new { opioid = "oxycodone", dailyDose = 100 } } }, Ct));
        await ApiAsync(visitor.Client.PostAsJsonAsync("/api/v1/calculators/diazepam-equivalent", new { drug = "lorazepam", dailyDoseMg = 4 }, Ct));
        var screening = Features.Tools.CalculatorApiTests.CompleteScreening("notSure");
        (screening["ageYears"], screening["pregnant"], screening["supportAtHome"]) = (17, "yes", "noOne");
        (screening["recentSystolic"], screening["recentDiastolic"], screening["phq9Answers"]) = (185, 100, new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 });
        await ApiAsync(visitor.Client.PostAsJsonAsync("/api/v1/calculators/screening", screening, Ct));
        await ApiAsync(visitor.Client.PostAsJsonAsync("/api/v1/calculators/taper", TaperApi.SertralinePlan(), Ct));
        await ApiAsync(visitor.Client.GetAsync("/api/v1/crisis-resources?country=US", Ct));

        AssertNoCodeNames(minimumChecked: 25);
    }

    [Fact]
    public async Task EveryFeature_AfterAPatientsJourney_EveryPageAndGetEndpointShowsWordsNotCodeNames()
    {
        var patient = await TestUser.CreateAsync(app);
        var ids = new List<string> { patient.Id.ToString() };
        // Someone the patient shares with: the invitation's and the accounts' e-mails are read too.
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, Lantern.Web.Platform.Identity.UserRole.Caregiver, "alerts", "mood");

        // A journey that leaves a record of every kind, with red flags, so every stored category is shown somewhere.
        var checkIn = await PatientApi.PostCheckInAsync(patient.Client, PatientApi.CheckIn(warningSigns: ["chest-pain", "withdrawal-not-tolerable"], note: "a note"));
        ids.Add(checkIn.GetProperty("checkIn").GetProperty("id").GetString()!);
        CheckJson("POST /api/v1/checkins", checkIn);
        foreach (var (instrument, answers) in new[] { ("phq9", PatientApi.Phq9(item9: 2, each: 2).ToArray()), ("gad7", [3, 3, 3, 3, 3, 3, 3]), ("pcl5", [.. Enumerable.Repeat(3, 20)]) })
        {
            var response = await patient.Client.PostAsJsonAsync($"/api/v1/questionnaires/{instrument}/responses", new { answers }, Ct);
            var json = await ApiAsync(Task.FromResult(response));
            ids.Add(json.GetProperty("id").GetString()!);
        }

        await ApiAsync(patient.Client.PostAsJsonAsync($"/api/v1/questionnaires/responses/{ids[^3]}/thoughts-right-now", new { thoughtsRightNow = true }, Ct));
        await ApiAsync(patient.Client.PostAsJsonAsync("/api/v1/warning-signs", new { signs = Lantern.Web.Features.WarningSigns.SelfReportedSigns.Codes }, Ct));
        await ApiAsync(patient.Client.PostAsJsonAsync("/api/v1/onboarding", OnboardingApiTests.Answers(phq9: [2, 2, 2, 2, 2, 2, 2, 2, 1], support: "no-one", systolic: 185, diastolic: 100), Ct));

        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course("2026-11-26", "2026-12-03"));
        ids.Add(course.GetProperty("id").GetString()!);
        var session = SessionsApi.FirstSessionId(course);
        ids.Add(session.ToString());
        await ApiAsync(SessionsApi.PostVitalsAsync(patient.Client, session, 150, 95));
        await SessionsApi.StartAsync(patient, session, minutesAgo: 130);
        await ApiAsync(SessionsApi.PostCheckAsync(patient.Client, session, responsiveness: "drowsy", calmness: "very-distressed"));
        await ApiAsync(SessionsApi.PostVitalsAsync(patient.Client, session, 185, 100));
        await ApiAsync(patient.Client.PostAsJsonAsync($"/api/v1/sessions/{session}/side-effects",
            new { dissociation = 7, ratings = new { nausea = 2 }, urinarySymptoms = new[] { "bladder-pain" }, warningSigns = new[] { "seeing-or-hearing-things" } }, Ct));
        await ApiAsync(SessionsApi.PutSessionAsync(patient.Client, session, new { state = "finished", closingFeeling = "mixed" }));

        var plan = await TaperApi.CreatePlanAsync(patient);
        ids.Add(plan.GetProperty("id").GetString()!);
        // An occupancy plan too: its pages, calendar and PDF carry the parameters' strength in words.
        var occupancyPlan = await TaperApi.CreatePlanAsync(patient, new { drug = "citalopram", currentDoseMg = 20, method = "occupancy", occupancyDropPoints = 5, startDate = "2026-12-01" });
        ids.Add(occupancyPlan.GetProperty("id").GetString()!);
        await ApiAsync(TaperApi.RecordJournalAsync(patient, TaperApi.Id(plan), new { ratings = TaperApi.Ratings((1, 2)), symptomsTolerable = false, mood = 3, unableToManageDailyLife = true }));
        await ApiAsync(TaperApi.RecordEventAsync(patient, TaperApi.Id(plan), new { kind = "step-taken", date = "2026-11-20", doseTakenMg = 90 }));
        var dose = await PainApi.LogAsync(patient, PainApi.Dose("oxycodone", 30, "2026-11-01"));
        ids.Add(PainApi.Id(dose).ToString());

        var pages = 0;
        foreach (var route in EndpointInventory.Read(app.Services).Where(r => r.Method is "GET" or "*"))
        {
            IEnumerable<string> candidates = route.Parameters.Count == 0 ? [route.Pattern]
                : route.Parameters.All(p => p is "id" or "patientId") ? ids.Select(id => EndpointInventory.Fill(route, route.Parameters.ToDictionary(p => p, _ => id)))
                : [];
            foreach (var path in candidates)
            {
                var response = await patient.Client.GetAsync(path, Ct);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                pages++;
                await CheckAsync(path, response);
            }
        }

        Assert.True(pages >= 40, $"Only {pages} pages and endpoints answered.");
        var mails = app.Outbox.AllTo(patient.Email).Concat(app.Outbox.AllTo(caregiver.Email)).ToArray();
        Assert.True(mails.Length >= 2, $"Only {mails.Length} e-mails were sent on the journey.");
        foreach (var mail in mails)
        {
            CheckWords($"e-mail \"{mail.Subject}\"", $"{mail.Subject}\n{mail.TextBody}");
        }

        AssertNoCodeNames(minimumChecked: 50);
    }

    private async Task PageAsync(TestUser user, string path, params (string, string)[] fields)
    {
        var (status, html, _) = await PageForms.SubmitAsync(user.Client, path, fields, await PageForms.TokenAsync(user.Client, "/tools"));
        Assert.True(status == HttpStatusCode.OK, $"POST {path}: {(int)status}");
        CheckText($"POST {path}", html);
    }

    private async Task<JsonElement> ApiAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var json = await HttpAssertions.ReadJsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {json}");
        CheckJson($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}", json);
        return json;
    }

    private async Task CheckAsync(string path, HttpResponseMessage response)
    {
        var media = response.Content.Headers.ContentType?.MediaType;
        if (media == "text/html")
        {
            CheckText($"GET {path}", await response.Content.ReadAsStringAsync(Ct));
        }
        else if (media == "application/pdf")
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
            CheckWords($"PDF {path}", string.Join("\n", document.GetPages().Select(p => p.Text)));
        }
        else if (media is "application/json" or "application/problem+json")
        {
            CheckJson($"GET {path}", await HttpAssertions.ReadJsonAsync(response));
        }
    }

    /// <summary>The words a person reads: text between tags, without scripts, styles or attribute values.</summary>
    private void CheckText(string where, string html)
    {
        _checked++;
        CheckWords(where, WebUtility.HtmlDecode(Tag().Replace(ScriptOrStyle().Replace(html, " "), " ")), counted: true);
    }

    /// <summary>Text a person reads, from any surface: no code name, internal reference or status keyword.</summary>
    private void CheckWords(string where, string text, bool counted = false)
    {
        if (!counted)
        {
            _checked++;
        }

        foreach (Match match in AnyCodeName.Matches(text).Concat(AnyInternalReference.Matches(text)).Concat(AnyStatusKeyword.Matches(text)))
        {
            _failures.Add($"{where}: shows '{match.Value}' in \"…{Around(text, match.Index)}…\"");
        }
    }

    private void CheckJson(string where, JsonElement json)
    {
        _checked++;
        foreach (var value in Strings(json))
        {
            foreach (Match match in AnyCodeName.Matches(value).Concat(AnyStatusKeyword.Matches(value)))
            {
                _failures.Add($"{where}: a JSON string shows '{match.Value}': \"{Around(value, match.Index)}\"");
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => [json.GetString()!],
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 40), Math.Min(100, text.Length - Math.Max(0, index - 40))).ReplaceLineEndings(" ");

    private void AssertNoCodeNames(int minimumChecked)
    {
        Assert.True(_checked >= minimumChecked, $"Only {_checked} answers were checked.");
        Assert.True(_failures.Count == 0, string.Join("\n", _failures.Distinct()));
    }

    [GeneratedRegex("^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$")]
    private static partial Regex Compound();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<(script|style)[^>]*>[\\s\\S]*?</\\1>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();
}
