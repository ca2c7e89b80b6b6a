using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// The sessions pages as a browser without JavaScript uses them: plain form posts with the antiforgery token, the same
/// handlers as the API, answers (and any crisis route) on the response that saved them, typed text kept on a failure.
/// </summary>
public sealed partial class SessionPagesTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewCourse_FillFromPresetThenSave_ShowsStatusAndOpensTheCourseWithCalendarLink()
    {
        var user = await TestUser.CreateAsync(app);
        (string, string)[] fields = [.. CourseFields(), ("Input.Preset", "at-home-weekly"), ("Input.FirstDate", "2026-12-01"), ("Input.Time", "09:30")];

        var filled = await PostFormAsync(user, "/sessions/courses/new", "Fill", fields);
        var rows = DateRowPattern().Matches(filled.Html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToArray();
        var saved = await PostFormAsync(user, "/sessions/courses/new", null,
            [.. fields, .. rows.SelectMany((r, i) => new[] { ($"Input.Sessions[{i}].Date", r.Item1), ($"Input.Sessions[{i}].Time", r.Item2) })]);
        var course = await PageForms.GetPageAsync(user.Client, saved.Location!);

        Assert.Equal(HttpStatusCode.OK, filled.Status);
        Assert.Contains("dates filled in. Check each one", filled.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"evidence-status\"", filled.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-12-01\"", filled.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-12-08\"", filled.Html, StringComparison.Ordinal);
        // Saving from the filled page must not post to ?handler=Fill again.
        Assert.Contains("action=\"/sessions/courses/new\"", filled.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Matches("^/sessions/courses/[0-9a-f-]{36}$", saved.Location!);
        Assert.Contains("Course saved.", course, StringComparison.Ordinal);
        Assert.Contains("class=\"evidence-status\"", course, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/courses/{saved.Location!.Split('/')[^1]}/calendar.ics\"", course, StringComparison.Ordinal);
        Assert.Contains("Tue 1 Dec 2026, 09:30", course, StringComparison.Ordinal);
        Assert.Contains("class=\"table-scroll\" role=\"region\"", course, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCourse_MissingProviderAndBadDate_ShowsErrorsBesideFieldsAndKeepsWhatWasTyped()
    {
        var user = await TestUser.CreateAsync(app);

        var page = await PostFormAsync(user, "/sessions/courses/new", null,
            [("Input.Route", "at-home-lozenges"), ("Input.PrescribedDose", "My dose as written"), ("Input.Sessions[0].Date", "not a date"), ("Input.Sessions[0].Time", "10:00")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("class=\"error-summary\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#providerName\">", page.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"providerName\"[^>]*aria-invalid=\"true\"", page.Html);
        Assert.Contains("value=\"not a date\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"My dose as written\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_ReadingInCheckBand_StartPostIsRefusedWithTheProvidersContact()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        var path = $"/sessions/{id}";

        var reading = await PostFormAsync(user, path, "Reading", [("Reading.Systolic", "152"), ("Reading.Diastolic", "88")]);
        var start = await PostFormAsync(user, path, "Start", [("DosedMinutesAgo", "0")]);

        Assert.Equal(HttpStatusCode.OK, reading.Status);
        Assert.Contains("152/88 mmHg", reading.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("<strong>The session can't start yet.</strong>", start.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:3125550100\"", start.Html, StringComparison.Ordinal);
        Assert.Contains($"Call Riverside Ketamine Clinic: {SessionsApi.ProviderPhone}", start.Html, StringComparison.Ordinal);
        Assert.Equal("planned", (await SessionsApi.GetSessionAsync(user.Client, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Prepare_ReadingInCrisisBand_ShowsTheUrgentRouteOnTheSameResponse()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);

        var page = await PostFormAsync(user, $"/sessions/{id}", "Reading", [("Reading.Systolic", "186"), ("Reading.Diastolic", "104")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-testid=\"crisis-route\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:911\"", page.Html, StringComparison.Ordinal);
        // The crisis panel comes before the page's own heading.
        Assert.True(page.Html.IndexOf("data-testid=\"crisis-route\"", StringComparison.Ordinal) < page.Html.IndexOf("<h1>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prepare_BadReading_ShowsTheFieldErrorAndKeepsTheTypedValue()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);

        var page = await PostFormAsync(user, $"/sessions/{id}", "Reading", [("Reading.Systolic", "80"), ("Reading.Diastolic", "90")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches("id=\"systolic\"[^>]*value=\"80\"[^>]*aria-invalid=\"true\"", page.Html);
        Assert.Contains("<a href=\"#systolic\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_NormalReadingAndStart_OpensDosingDayWithTimeSinceDoseAndHelp()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        var path = $"/sessions/{id}";

        await PostFormAsync(user, path, "Reading", [("Reading.Systolic", "118"), ("Reading.Diastolic", "76")]);
        var start = await PostFormAsync(user, path, "Start", [("DosedMinutesAgo", "45")]);
        var day = await PageForms.GetPageAsync(user.Client, $"/sessions/{id}/day");

        Assert.Equal(HttpStatusCode.Redirect, start.Status);
        Assert.Equal($"/sessions/{id}/day", start.Location);
        Assert.Contains("<span class=\"big-number\" data-since-dose>45 minutes</span>", day, StringComparison.Ordinal);
        Assert.Contains("Time for a check", day, StringComparison.Ordinal);
        Assert.Contains("Time to measure your blood pressure", day, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button urgent-button\" href=\"#help\">I need help</a>", day, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:3125550100\"", day, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", day, StringComparison.Ordinal);
        Assert.Contains("How are you now?", day, StringComparison.Ordinal);
        Assert.Contains("No driving until tomorrow, after a night's sleep.", day, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/sessions.js\\?v=[^\"]+\"></script>", day);
    }

    [Fact]
    public async Task Day_CheckHardToWake_ShowsTheCrisisRouteFirstOnTheSameResponse()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        await SessionsApi.StartAsync(user, id, minutesAgo: 15);

        var page = await PostFormAsync(user, $"/sessions/{id}/day", "Check", [("Check.Responsiveness", "hard-to-wake"), ("Check.Calmness", "calm")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-testid=\"crisis-route\"", page.Html, StringComparison.Ordinal);
        // Someone hard to wake is a medical emergency: the route leads with emergency care (issue 12 item 1).
        Assert.Contains("Get emergency medical help now", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:911\"", page.Html, StringComparison.Ordinal);
        Assert.True(page.Html.IndexOf("data-testid=\"crisis-route\"", StringComparison.Ordinal) < page.Html.IndexOf("<h1>", StringComparison.Ordinal));
        Assert.Single(await SessionsApi.AlertsAsync(user.Client), a => a.GetProperty("level").GetString() == "emergency");
    }

    [Fact]
    public async Task Day_CheckWithoutAnswers_ShowsErrorsBesideTheQuestionsAndKeepsTheNote()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        await SessionsApi.StartAsync(user, id);

        var page = await PostFormAsync(user, $"/sessions/{id}/day", "Check", [("Check.Note", "Dozing on the sofa")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<a href=\"#responsiveness\">", page.Html, StringComparison.Ordinal);
        Assert.Contains(">Dozing on the sofa</textarea>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Day_FortyMinuteReadingThenFinish_OpensTheAfterPage()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        await SessionsApi.StartAsync(user, id, minutesAgo: 40);

        var reading = await PostFormAsync(user, $"/sessions/{id}/day", "Reading", [("Reading.Systolic", "138"), ("Reading.Diastolic", "84"), ("Reading.Pulse", "80")]);
        var early = await PostFormAsync(user, $"/sessions/{id}/day", "Finish", [("Finish.Feeling", "okay")]);
        var finished = await PostFormAsync(user, $"/sessions/{id}/day", "Finish", [("Finish.Feeling", "okay"), ("Finish.ConfirmEarly", "true")]);

        Assert.Contains("138/84 mmHg, pulse 80", reading.Html, StringComparison.Ordinal);
        Assert.Contains("Blood pressure after the dose: recorded", reading.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, early.Status);
        Assert.Contains("<a href=\"#confirmEarlyFinish\">", early.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, finished.Status);
        Assert.Equal($"/sessions/{id}/after?saved=finished", finished.Location);
        Assert.Equal("finished", (await SessionsApi.GetSessionAsync(user.Client, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task SupportCaregiverWithSessionsScope_OpensTheDayPageAndLogsACheck()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions");
        var id = await SessionsApi.NewSessionAsync(patient);
        Assert.Equal(HttpStatusCode.OK, (await SessionsApi.PutSessionAsync(patient.Client, id, new { supportPerson = new { caregiverId = caregiver.Id } })).StatusCode);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 15);

        var home = await PageForms.GetPageAsync(caregiver.Client, "/sessions");
        var day = await PageForms.GetPageAsync(caregiver.Client, $"/sessions/{id}/day");
        var saved = await PostFormAsync(caregiver, $"/sessions/{id}/day", "Check", [("Check.Responsiveness", "drowsy"), ("Check.Calmness", "calm"), ("Check.Note", "Resting, answered me")]);
        var after = await PageForms.GetPageAsync(caregiver.Client, saved.Location!);

        Assert.Contains($"href=\"/sessions/{id}/day\"", home, StringComparison.Ordinal);
        Assert.Contains("Every 15 minutes, look in on them", day, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"help-title\">I need help</h2>", day, StringComparison.Ordinal);
        Assert.Contains("call the emergency number now and stay with them", day, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:3125550100\"", day, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"finish-form\"", day, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("Check saved. Thank you.", after, StringComparison.Ordinal);
        Assert.Contains("drowsy, but answers when spoken to, calm", after, StringComparison.Ordinal);
        var check = Assert.Single((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").EnumerateArray());
        Assert.Equal("support-person", check.GetProperty("recordedBy").GetString());
        Assert.Equal("Resting, answered me", check.GetProperty("note").GetString());
    }

    [Fact]
    public async Task SupportCaregiverWithoutTheSessionsScope_Gets404OnTheDayPageAndItsCheckPost()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, grantId) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions");
        var id = await SessionsApi.NewSessionAsync(patient);
        Assert.Equal(HttpStatusCode.OK, (await SessionsApi.PutSessionAsync(patient.Client, id, new { supportPerson = new { caregiverId = caregiver.Id } })).StatusCode);
        await SessionsApi.StartAsync(patient, id);
        var token = await PageForms.TokenAsync(caregiver.Client, "/sessions");
        Assert.True((await patient.Client.PutAsJsonAsync($"/api/v1/careteam/grants/{grantId}", new { scopes = new[] { "mood" } }, Ct)).IsSuccessStatusCode);

        var day = await caregiver.Client.GetAsync($"/sessions/{id}/day", Ct);
        var check = await PageForms.PostAsync(caregiver.Client, $"/sessions/{id}/day?handler=Check", [("Check.Responsiveness", "awake"), ("Check.Calmness", "calm")], token);

        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
        Assert.Empty((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task After_JournalSaveFails_ReRendersWithEveryWordTyped()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        await SessionsApi.StartAsync(user, id);
        var tooLong = new string('w', 4001);

        var page = await PostFormAsync(user, $"/sessions/{id}/after", "Journal",
            [("Journal.WhatCameUp", "The sea at my grandmother's house"), ("Journal.InTheBody", "Warm hands"), ("Journal.CarryForward", tooLong)]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<a href=\"#carryForward\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("The sea at my grandmother&#x27;s house</textarea>", page.Html, StringComparison.Ordinal);
        Assert.Contains(">Warm hands</textarea>", page.Html, StringComparison.Ordinal);
        Assert.Contains(tooLong + "</textarea>", page.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"carryForward\"[^>]*aria-invalid=\"true\"", page.Html);
        var journal = (await SessionsApi.GetSessionAsync(user.Client, id)).GetProperty("journal");
        Assert.True(journal.ValueKind == System.Text.Json.JsonValueKind.Null || journal.GetProperty("whatCameUp").ValueKind == System.Text.Json.JsonValueKind.Null, "Nothing of a refused save is kept.");
    }

    [Fact]
    public async Task After_SideEffectsWithAWarningSign_ShowsTheCrisisRouteOnTheSameResponse()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        await SessionsApi.StartAsync(user, id);

        var page = await PostFormAsync(user, $"/sessions/{id}/after", "Effects",
            [("Effects.Ratings[nausea]", "1"), ("Effects.Dissociation", "6"), ("Effects.Signs", "suicidal-thoughts")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-testid=\"crisis-route\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", page.Html, StringComparison.Ordinal);
        Assert.True(page.Html.IndexOf("data-testid=\"crisis-route\"", StringComparison.Ordinal) < page.Html.IndexOf("<h1>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_SideEffectsAndJournal_SaveAndShowInTheLookBackWithTheChart()
    {
        var user = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(user);
        await SessionsApi.StartAsync(user, id, minutesAgo: 40);
        await PostFormAsync(user, $"/sessions/{id}/day", "Reading", [("Reading.Systolic", "142"), ("Reading.Diastolic", "88")]);

        var effects = await PostFormAsync(user, $"/sessions/{id}/after", "Effects", [("Effects.Ratings[nausea]", "1"), ("Effects.Dissociation", "5")]);
        var journal = await PostFormAsync(user, $"/sessions/{id}/after", "Journal", [("Journal.CarryForward", "Slow mornings")]);
        var lookBack = await PageForms.GetPageAsync(user.Client, "/sessions/look-back");

        Assert.Equal(HttpStatusCode.Redirect, effects.Status);
        Assert.Equal(HttpStatusCode.Redirect, journal.Status);
        Assert.Contains("<svg", lookBack, StringComparison.Ordinal);
        Assert.Contains("Blood pressure before, at 40 minutes and after each session", lookBack, StringComparison.Ordinal);
        Assert.Contains("<td>118/76</td>", lookBack, StringComparison.Ordinal);
        Assert.Contains("<td>142/88</td>", lookBack, StringComparison.Ordinal);
        Assert.Contains("Dissociation 5 out of 10.", lookBack, StringComparison.Ordinal);
        Assert.Contains("Slow mornings", lookBack, StringComparison.Ordinal);
        Assert.Contains("class=\"table-scroll\" role=\"region\"", lookBack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionsHome_SignedIn_IsInTheNavAndListsTheCourse()
    {
        var user = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(user);

        var page = await PageForms.GetPageAsync(user.Client, "/sessions");
        var dashboard = await PageForms.GetPageAsync(user.Client, "/dashboard");

        Assert.Contains("<a href=\"/sessions\" aria-current=\"page\">Sessions</a>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/sessions/courses/{course.GetProperty("id").GetGuid()}\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/sessions\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePagePost_ByAnotherUser_Returns404AndChangesNothing()
    {
        var owner = await TestUser.CreateAsync(app);
        var intruder = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(owner);
        var courseId = course.GetProperty("id").GetGuid();
        var sessionId = SessionsApi.FirstSessionId(course);
        var token = await PageForms.TokenAsync(intruder.Client, "/sessions");

        var booster = await PageForms.PostAsync(intruder.Client, $"/sessions/courses/{courseId}?handler=Booster", [("Booster.Date", "2026-12-20"), ("Booster.Time", "10:00")], token);
        var delete = await PageForms.PostAsync(intruder.Client, $"/sessions/courses/{courseId}?handler=Delete", [("ConfirmDelete", "true")], token);
        var reading = await PageForms.PostAsync(intruder.Client, $"/sessions/{sessionId}?handler=Reading", [("Reading.Systolic", "120"), ("Reading.Diastolic", "80")], token);
        var journal = await PageForms.PostAsync(intruder.Client, $"/sessions/{sessionId}/after?handler=Journal", [("Journal.WhatCameUp", "x")], token);

        Assert.All([booster, delete, reading, journal], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var after = await SessionsApi.GetSessionAsync(owner.Client, sessionId);
        Assert.Empty(after.GetProperty("vitals").EnumerateArray());
        Assert.Single((await owner.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/courses/{courseId}", Ct)).GetProperty("sessions").EnumerateArray());
    }

    [Fact]
    public async Task EditCourse_RewordRemoveAndAdd_SavesTheChecklistButKeepsTheBloodPressureItem()
    {
        var user = await TestUser.CreateAsync(app);
        var id = (await SessionsApi.CreateCourseAsync(user)).GetProperty("id").GetGuid();
        string[] codes = ["food", "no-alcohol", "medicines", "support-person", "quiet-space", "phone-silenced", "no-driving", "blood-pressure", "intention"];
        (string, string)[] rows = [.. codes.SelectMany((code, i) => new[] { ($"Checklist[{i}].Code", code), ($"Checklist[{i}].Text", code == "food" ? "Nothing to eat for 4 hours before, as Dr. Lee said" : code) })];

        var form = await PageForms.GetPageAsync(user.Client, $"/sessions/courses/{id}/edit");
        var saved = await PostFormAsync(user, $"/sessions/courses/{id}/edit", null,
            [.. CourseFields(), .. rows, ("Checklist[1].Remove", "true"), ("Checklist[7].Remove", "true"), ("NewItem", "Dim the lights")]);
        var course = await ReadCourseAsync(user, id);

        Assert.Contains("value=\"I have eaten or fasted exactly as my provider told me to\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"checklist-7-remove\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var items = course.GetProperty("checklist").EnumerateArray().Select(i => (i.GetProperty("code").GetString(), i.GetProperty("text").GetString())).ToArray();
        Assert.Contains(("food", "Nothing to eat for 4 hours before, as Dr. Lee said"), items);
        Assert.DoesNotContain(items, i => i.Item1 == "no-alcohol");
        Assert.Contains(items, i => i.Item1 == "blood-pressure");
        Assert.Contains(items, i => i.Item2 == "Dim the lights");

        static async Task<System.Text.Json.JsonElement> ReadCourseAsync(TestUser user, Guid id) =>
            await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/courses/{id}", Ct);
    }

    private static (string, string)[] CourseFields() =>
    [
        ("Input.Route", "at-home-lozenges"),
        ("Input.ProviderName", "Riverside Ketamine Clinic"),
        ("Input.ProviderPhone", SessionsApi.ProviderPhone),
        ("Input.PrescribedDose", "As written on my plan by Dr. Lee"),
    ];

    /// <summary>Posts a page form; the antiforgery token comes from the sessions home, since it is per user, not per page.</summary>
    private static async Task<FormResult> PostFormAsync(TestUser user, string path, string? handler, (string, string)[] fields) =>
        await PageForms.SubmitAsync(user.Client, handler is null ? path : $"{path}?handler={handler}", fields, await PageForms.TokenAsync(user.Client, "/sessions"));

    [GeneratedRegex("name=\"Input\\.Sessions\\[\\d+\\]\\.Date\" type=\"date\" value=\"([0-9-]+)\"[\\s\\S]*?name=\"Input\\.Sessions\\[\\d+\\]\\.Time\" type=\"time\" value=\"([0-9:]+)\"")]
    private static partial Regex DateRowPattern();
}
