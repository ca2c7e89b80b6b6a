using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Pain;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// A patient with one record of every kind that has its own address (a check-in, a started ketamine session and its
/// course, a clinic checklist, a medicine, a taper plan, an opioid dose, questionnaire responses (one asking the
/// right-now question), an open alert and a
/// pending invitation), so a test can fill any route's parameters with real ids. A route it cannot fill is reported,
/// so a new kind of record fails loudly rather than being skipped.
/// </summary>
internal sealed class PatientRecords
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PatientRecords(TestUser patient) => Patient = patient;

    public TestUser Patient { get; }

    /// <summary>Ids by the address they fill: the longest matching route prefix wins.</summary>
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string InvitationToken { get; private set; } = string.Empty;

    /// <summary>The secret of the patient's private calendar feed: whoever holds it reads the feed, which carries no text they wrote.</summary>
    public string CalendarFeedToken { get; private set; } = string.Empty;

    /// <summary>The patient's one-click link that stops their daily check-in reminder (signed out, does nothing else).</summary>
    public string StopToken => Patient.App.Services.GetRequiredService<Lantern.Web.Features.Reminders.ReminderStopLinks>()
        .Token(Patient.Id, Lantern.Web.Features.Reminders.ReminderKind.DailyCheckIn);

    public Guid SessionId => Guid.Parse(_ids["/api/v1/sessions/"]);

    public static async Task<PatientRecords> CreateAsync(LanternAppFactory app, TestUser? patient = null)
    {
        var records = new PatientRecords(patient ?? await TestUser.CreateAsync(app));
        await records.SeedAsync();
        return records;
    }

    /// <summary>Values for every parameter of the route, or null when one of them is not a record this patient has.</summary>
    public IReadOnlyDictionary<string, string>? RouteValues(RouteEntry route)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in route.Parameters)
        {
            var value = parameter switch
            {
                "patientId" => Patient.Id.ToString(),
                "token" => InvitationToken,
                "feedToken" => CalendarFeedToken,
                "stopToken" => StopToken,
                "instrument" => "phq9",
                "slug" => "cost",
                "code" => "404",
                "documentName" => "v1",
                "id" => _ids.Where(kv => route.Pattern.StartsWith(kv.Key, StringComparison.Ordinal))
                    .OrderByDescending(kv => kv.Key.Length).Select(kv => kv.Value).FirstOrDefault(),
                _ => null,
            };
            if (value is null)
            {
                return null;
            }

            values[parameter] = value;
        }

        return values;
    }

    private async Task SeedAsync()
    {
        var client = Patient.Client;
        var checkIn = await ReadAsync(await client.PostAsJsonAsync("/api/v1/checkins",
            new { mood = 5, anxiety = 4, sleepHours = 7, energy = 5, pain = 3, note = "a note", tags = new[] { "walk" } }, Ct));
        Add(checkIn.GetProperty("checkIn").GetProperty("id").GetGuid(), "/api/v1/checkins/");
        var tags = await client.GetFromJsonAsync<JsonElement>("/api/v1/checkin-tags", Ct);
        Add(tags[0].GetProperty("id").GetGuid(), "/api/v1/checkin-tags/");

        var course = await SessionsApi.CreateCourseAsync(Patient);
        var session = SessionsApi.FirstSessionId(course);
        await SessionsApi.StartAsync(Patient, session);
        Add(course.GetProperty("id").GetGuid(), "/api/v1/courses/", "/sessions/courses/");
        Add(session, "/api/v1/sessions/", "/sessions/");

        var checklist = await ReadAsync(await client.PostAsJsonAsync("/api/v1/clinic-checklists",
            new { clinicName = "A clinic", answers = new[] { new { question = "licensed", answer = "yes", notes = "a note" } } }, Ct));
        Add(checklist.GetProperty("id").GetGuid(), "/api/v1/clinic-checklists/", "/clinic-checklists/");

        var medication = await ReadAsync(await client.PostAsJsonAsync("/api/v1/medications", new { drug = "sertraline", doseMg = 100, formulation = "tablets" }, Ct));
        Add(medication.GetProperty("id").GetGuid(), "/api/v1/medications/", "/taper/medicines/");
        Add(TaperApi.Id(await TaperApi.CreatePlanAsync(Patient)), "/api/v1/tapers/", "/taper/plans/");
        Add(PainApi.Id(await PainApi.LogAsync(Patient, PainApi.Dose("oxycodone", 10, "2026-11-20"))), "/api/v1/opioid-doses/", "/pain/opioids/");

        var response = await ReadAsync(await client.PostAsJsonAsync("/api/v1/questionnaires/gad7/responses", new { answers = new[] { 1, 2, 1, 0, 0, 1, 2 } }, Ct));
        Add(response.GetProperty("id").GetGuid(), "/api/v1/questionnaires/responses/");
        // A PHQ-9 with item 9 answered, so the follow-up question ("right now") has a page to fill.
        var phq9 = await ReadAsync(await client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 } }, Ct));
        Add(phq9.GetProperty("id").GetGuid(), "/questionnaires/responses/");
        var signs = await ReadAsync(await client.PostAsJsonAsync("/api/v1/warning-signs", new { signs = new[] { "unable-to-function" } }, Ct));
        Add(signs.GetProperty("safety").GetProperty("alertIds")[0].GetGuid(), "/api/v1/alerts/");

        var (invitation, token) = await CareTeamSetup.InviteAsync(Patient, UserRole.Caregiver, ["mood"]);
        Add(invitation, "/api/v1/careteam/invitations/");
        InvitationToken = token;

        var feedPage = await PageForms.SubmitForPageAsync(client, "/account/calendar-feed?handler=Make", []);
        var feedUrl = System.Text.RegularExpressions.Regex.Match(feedPage, "/calendar/([A-Za-z0-9_-]+)\\.ics");
        Assert.True(feedUrl.Success, "The calendar feed page showed no link.");
        CalendarFeedToken = feedUrl.Groups[1].Value;
    }

    private void Add(Guid id, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            _ids[prefix] = id.ToString();
        }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var json = await HttpAssertions.ReadJsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"Seeding {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {json}");
        return json;
    }
}
