using System.Net;
using System.Net.Http.Json;
using Lantern.Clinical.Safety;
using CaseloadRow = Lantern.Web.Features.CareTeam.CaseloadRow;
using GetCareHomeHandler = Lantern.Web.Features.CareTeam.GetCareHomeHandler;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.CareTeam;

/// <summary>
/// Issue 15, items 1 and 2: a caregiver's and a therapist's home, and alerts worded for whoever reads them.
/// </summary>
public sealed class CareHomeTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CaregiverHome_PutsAlertsFirst_WordedForThem_WithTheLinesOfThePatientsCountry()
    {
        var patient = await TestUser.CreateAsync(app, displayName: "Sam Rivera", timeZone: "Europe/London");
        await CheckInAndAnswerItem9Async(patient);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood", "alerts", "sessions");

        var page = await TextOfAsync(caregiver.Client, "/");

        var words = SupporterAlertWords.For(RedFlags.SelfHarmThoughts, "Sam Rivera");
        Assert.Contains("Needs you now (1)", page, StringComparison.Ordinal);
        Assert.Contains(words.WhatHappened, page, StringComparison.Ordinal);
        Assert.Contains(words.WhatYouCanDo, page, StringComparison.Ordinal);
        Assert.DoesNotContain(RedFlags.SelfHarmThoughts.WhatToDo, page, StringComparison.Ordinal);
        // The caregiver is in Chicago; Sam is in London, so the lines are the United Kingdom's.
        Assert.Contains("Crisis lines in United Kingdom, where Sam Rivera is", page, StringComparison.Ordinal);
        Assert.Contains("Samaritans", page, StringComparison.Ordinal);
        Assert.Contains("Shares with you: daily check-ins, treatment sessions and alerts.", page, StringComparison.Ordinal);
        Assert.Contains("Mood over the last 30 days: 1 check-in, lowest 6, highest 6, latest 6 out of 10.", page, StringComparison.Ordinal);
        Assert.Contains("If you are the support person", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Needs you now", StringComparison.Ordinal) < page.IndexOf("People you support", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CaregiverHome_OffersTheSessionDay_WhenTheyAreTheSupportPerson()
    {
        var patient = await TestUser.CreateAsync(app, displayName: "Robin");
        var (caregiver, _, sessionId) = await Sessions.SessionsApi.NamedSupportPersonAsync(patient);

        var html = await caregiver.Client.GetStringAsync("/", Ct);

        Assert.Contains("You are the support person.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"href=\"/sessions/{sessionId}/day\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TherapistHome_ListsWhoMayNeedThemFirst_WithScoreTrendsInWords_AndTheirNotes()
    {
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist, displayName: "Dr Okafor");
        var flagged = await TestUser.CreateAsync(app, displayName: "Aaron Flagged");
        var steady = await TestUser.CreateAsync(app, displayName: "Abby Steady");
        await AnswerPhq9Async(flagged, [1, 1, 1, 1, 1, 1, 1, 1, 1]);
        await AnswerPhq9Async(steady, [1, 1, 1, 1, 1, 1, 1, 1, 0]);
        await ShareAsync(flagged, therapist, "questionnaires");
        await ShareAsync(steady, therapist, "questionnaires");
        (await therapist.Client.PostAsJsonAsync($"/api/v1/careteam/patients/{steady.Id}/notes", new { text = "Talked about sleep." }, Ct)).EnsureSuccessStatusCode();

        var page = await TextOfAsync(therapist.Client, "/");

        var attention = page[page.IndexOf("People who may need you first", StringComparison.Ordinal)..page.IndexOf("Your caseload (", StringComparison.Ordinal)];
        Assert.Contains("Aaron Flagged", attention, StringComparison.Ordinal);
        Assert.Contains("Their latest PHQ-9 included thoughts of being better off dead or of hurting themselves", attention, StringComparison.Ordinal);
        Assert.DoesNotContain("Abby Steady", attention, StringComparison.Ordinal);
        var caseload = page[page.IndexOf("Your caseload (", StringComparison.Ordinal)..];
        // Needing attention sorts ahead of the alphabet.
        Assert.True(caseload.IndexOf("Aaron Flagged", StringComparison.Ordinal) < caseload.IndexOf("Abby Steady", StringComparison.Ordinal));
        Assert.Contains("PHQ-9 over time: 8", caseload, StringComparison.Ordinal);
        Assert.Contains("PHQ-9: 8 (mild), first score.", caseload, StringComparison.Ordinal);
        Assert.Contains("Talked about sleep.", page[page.IndexOf("Your recent private notes", StringComparison.Ordinal)..], StringComparison.Ordinal);

        var byName = await TextOfAsync(therapist.Client, "/?sort=name");
        var sorted = byName[byName.IndexOf("Your caseload (", StringComparison.Ordinal)..];
        Assert.True(sorted.IndexOf("Aaron Flagged", StringComparison.Ordinal) < sorted.IndexOf("Abby Steady", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Homes_OfCaregiversAndTherapists_OfferNothingThatKeepsTheirOwnRecords()
    {
        foreach (var role in new[] { UserRole.Caregiver, UserRole.Therapist })
        {
            var person = await TestUser.CreateAsync(app, role);

            var html = await person.Client.GetStringAsync("/", Ct);

            foreach (var patientTool in new[] { "/checkin", "/taper", "/pain", "/sessions", "/questionnaires", "/dashboard", "/onboarding" })
            {
                Assert.DoesNotContain($"href=\"{patientTool}\"", html, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("More tools arrive here", html, StringComparison.Ordinal);
            var dashboard = await person.Client.GetAsync("/dashboard", Ct);
            Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
            Assert.Equal("/", dashboard.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public void Attention_SaysWhyInWords_IncludingAWeekWithoutACheckIn()
    {
        var row = new CaseloadRow(Guid.NewGuid(), "Sam", ["mood", "alerts"], null, null, GetCareHomeHandler.QuietDays + 1, 2, null);

        Assert.Equal(["2 open alerts", $"No check-in for {GetCareHomeHandler.QuietDays + 1} days"], GetCareHomeHandler.AttentionFor(row, false));
        Assert.Empty(GetCareHomeHandler.AttentionFor(row with { DaysSinceCheckIn = GetCareHomeHandler.QuietDays - 1, OpenAlerts = 0 }, false));
    }

    /// <summary>
    /// The class of the defect: walks every page a caregiver can open (each with the patient's id where it takes one)
    /// and fails on any that shows the patient's own alert words, which speak to the patient as "you".
    /// </summary>
    [Fact]
    public async Task EveryPageACaregiverCanOpen_ShowsAlertsWordedForThem_NeverThePatientsOwnWords()
    {
        var patient = await TestUser.CreateAsync(app, displayName: "Sam Rivera");
        await CheckInAndAnswerItem9Async(patient);
        await PatientApi.CheckSignsAsync(patient, RedFlags.ChestPain.Code);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood", "alerts", "sessions", "questionnaires", "taper");
        var patientWords = new[] { RedFlags.SelfHarmThoughts.WhatToDo, RedFlags.ChestPain.WhatToDo, "Something you reported" };

        var visited = new List<string>();
        foreach (var handler in (await PageInventory.ReadAsync(app.Services)).Where(h => h.Method == "GET"))
        {
            var parameters = handler.Route.Parameters;
            if (parameters.Any(p => !p.Equals("patientId", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var path = handler.Route.Pattern.Replace("{patientId:guid}", patient.Id.ToString(), StringComparison.Ordinal);
            if (handler.Fields.Any(f => f.FromQuery && f.Name == "patient" && f.Type == typeof(Guid)))
            {
                path += $"?patient={patient.Id}";
            }

            var response = await caregiver.Client.GetAsync(path, Ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
            visited.Add(path);
            foreach (var words in patientWords)
            {
                Assert.False(text.Contains(words, StringComparison.Ordinal), $"{path} shows the caregiver the patient's own words: \"{words}\"");
            }
        }

        Assert.Contains("/", visited);
        Assert.Contains("/alerts", visited);
        Assert.Contains($"/care-team/patients/{patient.Id}", visited);
        Assert.Contains($"/dashboard?patient={patient.Id}", visited);
        foreach (var path in new[] { "/", "/alerts", $"/care-team/patients/{patient.Id}", $"/dashboard?patient={patient.Id}" })
        {
            Assert.Contains(SupporterAlertWords.For(RedFlags.ChestPain, "Sam Rivera").WhatHappened, await TextOfAsync(caregiver.Client, path), StringComparison.Ordinal);
        }
    }

    private static async Task<string> TextOfAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path, Ct));

    private static async Task CheckInAndAnswerItem9Async(TestUser patient)
    {
        await PatientApi.PostCheckInAsync(patient.Client, PatientApi.CheckIn(mood: 6));
        await AnswerPhq9Async(patient, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    }

    private static async Task AnswerPhq9Async(TestUser patient, int[] answers) =>
        (await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers }, Ct)).EnsureSuccessStatusCode();

    private static async Task ShareAsync(TestUser patient, TestUser grantee, params string[] scopes)
    {
        var (_, token) = await CareTeamSetup.InviteAsync(patient, grantee.Role, scopes);
        (await grantee.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct)).EnsureSuccessStatusCode();
    }
}
