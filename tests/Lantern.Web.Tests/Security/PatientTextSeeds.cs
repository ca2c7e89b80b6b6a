using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Puts a canary in every text field a patient can write through the API (issue 12, item 8). The fields are found from
/// each write's request type, not listed by hand: all of them get a canary at once, and the ones the API refuses (codes,
/// phone numbers, dates) are put back until the write succeeds, so what remains is exactly the text it stores. Every
/// unsafe API route whose body has text must be either a patient write below or a route that stores no patient's text.
/// </summary>
internal static partial class PatientTextSeeds
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A canary in one field, and whether the authorization matrix shares that field with the record's scope.</summary>
    public sealed record Canary(string Value, string Write, string Field, bool SharedWithScope);

    /// <summary>Routes with text in their body that store nothing a patient wrote about themselves, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotPatientText = new Dictionary<string, string>
    {
        ["POST /api/v1/auth/register"] = "account identity and credentials; the display name is how a care team knows who shared",
        ["POST /api/v1/auth/confirm-email"] = "a token",
        ["POST /api/v1/auth/login"] = "credentials",
        ["POST /api/v1/auth/forgot-password"] = "an e-mail address",
        ["POST /api/v1/auth/reset-password"] = "a token and a password",
        ["POST /api/v1/me/password"] = "passwords",
        ["POST /api/v1/me/two-factor/enable"] = "a code",
        ["PUT /api/v1/me/reminders"] = "reminder kinds as codes and times of day; nothing a person writes in words",
        ["POST /api/v1/me/two-factor/disable"] = "a password",
        ["POST /api/v1/me/deletion"] = "a password and a code, to ask for the account to be deleted",
        ["POST /api/v1/me/two-factor/recovery-codes"] = "a password",
        ["POST /api/v1/calculators/phq9"] = "a public calculator; nothing is stored",
        ["POST /api/v1/calculators/gad7"] = "a public calculator; nothing is stored",
        ["POST /api/v1/calculators/pcl5"] = "a public calculator; nothing is stored",
        ["POST /api/v1/calculators/mme"] = "a public calculator; nothing is stored",
        ["POST /api/v1/calculators/diazepam-equivalent"] = "a public calculator; nothing is stored",
        ["POST /api/v1/calculators/screening"] = "a public calculator; nothing is stored",
        ["POST /api/v1/calculators/taper"] = "a public calculator; nothing is stored",
        ["POST /api/v1/careteam/patients/{patientId:guid}/notes"] = "a therapist's own note, never shown to anyone else",
        ["POST /api/v1/me/push-subscriptions"] = "a device's push address and keys, and the name of the device; shown only to its owner",
    };

    private sealed record Write(string Key, Func<PatientRecords, RouteEntry, Task<(string Path, JsonObject Body)>> Prepare);

    private static readonly Write[] Writes =
    [
        new("POST /api/v1/checkins", (_, _) => Body("/api/v1/checkins", new { date = "2026-11-20", mood = 5, anxiety = 4, sleepHours = 7, energy = 5 })),
        new("PUT /api/v1/checkins/{id:guid}", (r, route) => Body(r, route, new { mood = 5, anxiety = 4, sleepHours = 7, energy = 5 })),
        new("POST /api/v1/checkin-tags", (_, _) => Body("/api/v1/checkin-tags", new { name = "a tag" })),
        new("PUT /api/v1/checkin-tags/{id:guid}", (r, route) => Body(r, route, new { name = "a tag" })),
        new("POST /api/v1/warning-signs", (_, _) => Body("/api/v1/warning-signs", new { signs = new[] { "unable-to-function" } })),
        new("POST /api/v1/onboarding", (_, _) => Body("/api/v1/onboarding", new
        {
            ageYears = 38, pregnant = "no", breastFeeding = "no", psychosisHistory = "no", maniaHistory = "no", substanceUseDisorder = "no",
            aneurysmOrArteriovenousMalformation = "no", intracerebralHaemorrhage = "no", uncontrolledBloodPressureOrHeartDisease = "no",
            ketamineAllergy = "no", supportAtHome = "adult-present-during-doses", benzodiazepines = Array.Empty<object>(),
        })),
        new("POST /api/v1/clinic-checklists", (_, _) => Body("/api/v1/clinic-checklists", Checklist())),
        new("PUT /api/v1/clinic-checklists/{id:guid}", (r, route) => Body(r, route, Checklist())),
        new("POST /api/v1/medications", (_, _) => Body("/api/v1/medications", new { drug = "sertraline", doseMg = 100 })),
        new("PUT /api/v1/medications/{id:guid}", (r, route) => Body(r, route, new { drug = "sertraline", doseMg = 75 })),
        new("POST /api/v1/tapers", (_, _) => Body("/api/v1/tapers", TaperApi.SertralinePlan())),
        new("PUT /api/v1/tapers/{id:guid}", (r, route) => Body(r, route, TaperApi.SertralinePlan())),
        new("POST /api/v1/tapers/{id:guid}/events", (r, route) => Body(r, route, new { kind = "hold", date = "2026-10-01" })),
        new("POST /api/v1/tapers/{id:guid}/journal", (r, route) => Body(r, route,
            new { ratings = TaperApi.Ratings((1, 1)), symptomsTolerable = true, mood = 6 })),
        new("POST /api/v1/opioid-doses", (_, _) => Body("/api/v1/opioid-doses", new { opioid = "oxycodone", dailyDose = 10, unit = "mg", from = "2026-11-21" })),
        new("PUT /api/v1/opioid-doses/{id:guid}", (r, route) => Body(r, route, new { opioid = "oxycodone", dailyDose = 15, unit = "mg", from = "2026-11-20" })),
        new("POST /api/v1/careteam/invitations", (_, _) => Body("/api/v1/careteam/invitations", new { role = "caregiver", scopes = new[] { "mood" } })),
        new("PUT /api/v1/careteam/grants/{id:guid}", async (r, _) =>
        {
            var (_, grantId) = await CareTeamSetup.GrantAsync(r.Patient, UserRole.Caregiver, "mood");
            return ($"/api/v1/careteam/grants/{grantId}", Json(new { scopes = new[] { "mood" } }));
        }),
        new("POST /api/v1/courses", (_, _) => Body("/api/v1/courses", SessionsApi.Course("2026-11-28"))),
        new("PUT /api/v1/courses/{id:guid}", async (r, route) =>
        {
            var (path, _) = await Body(r, route, new { });
            var course = await r.Patient.Client.GetFromJsonAsync<JsonElement>(path, Ct);
            var checklist = JsonNode.Parse(course.GetProperty("checklist").GetRawText())!.AsArray();
            checklist.Add(new JsonObject { ["code"] = "custom-1", ["text"] = "My own item" });
            var body = Json(SessionsApi.Course());
            body.Remove("sessions");
            body["checklist"] = checklist;
            body["thresholds"] = Json(new { checkSystolicAtOrAbove = 150, checkDiastolicAtOrAbove = 95, urgentSystolicAbove = 180, urgentDiastolicAbove = 110, setBy = "Dr Lee" });
            return (path, body);
        }),
        new("POST /api/v1/courses/{id:guid}/sessions", (r, route) => Body(r, route, new { date = "2026-12-05", time = "10:00" })),
        // A session still being prepared takes the intention and the support person...
        new("PUT /api/v1/sessions/{id:guid}", async (r, _) =>
        {
            var planned = await SessionsApi.NewSessionAsync(r.Patient, SessionsApi.Course("2026-11-29"));
            return ($"/api/v1/sessions/{planned}", Json(new { supportPerson = new { name = "Sam", phone = "(312) 555-0199" }, benzodiazepine = "no" }));
        }),
        // ...and one that has run takes the checks, side effects, journal and the closing "how are you now".
        new("POST /api/v1/sessions/{id:guid}/checks", (r, route) => Body(r, route, new { responsiveness = "awake", calmness = "calm" })),
        new("POST /api/v1/sessions/{id:guid}/side-effects", (r, route) => Body(r, route, new { dissociation = 1 })),
        new("POST /api/v1/sessions/{id:guid}/journal", (r, route) => Body(r, route, new { })),
        new("PUT /api/v1/sessions/{id:guid}", (r, route) => Body(r, route,
            new { state = "finished", closingFeeling = "okay", confirmEarlyFinish = true })),
    ];

    public static IEnumerable<string> WriteKeys => Writes.Select(w => w.Key);

    /// <summary>Runs every write for <paramref name="records"/>' patient with canaries in all its text; returns the canaries stored.</summary>
    public static async Task<IReadOnlyList<Canary>> SeedAsync(PatientRecords records, IReadOnlyList<RouteEntry> routes, IReadOnlySet<string> sharedFields)
    {
        var canaries = new List<Canary>();
        var next = 0;
        foreach (var write in Writes)
        {
            var route = routes.Single(r => r.Key == write.Key);
            var fields = RequestFields.Leaves(RequestFields.BodyType(route)!).Where(f => f.IsText && !f.Steps.Any(s => s.Key)).ToList();
            var (path, baseBody) = await write.Prepare(records, route);
            var first = next;
            next += fields.Count;
            var all = fields.Select(f => new Canary($"{(sharedFields.Contains(f.Name) ? "sh" : "pt")}{first + fields.IndexOf(f):000}x",
                write.Key, f.Name, sharedFields.Contains(f.Name))).ToList();
            var refused = new HashSet<string>(StringComparer.Ordinal);
            async Task<(bool Saved, string[] Named, string Text)> TryAsync(IEnumerable<Canary> offered)
            {
                var body = (JsonObject)baseBody.DeepClone();
                foreach (var canary in offered)
                {
                    Set(body, fields.Single(f => f.Name == canary.Field).Steps, 0, JsonValue.Create(canary.Value));
                }

                using var request = new HttpRequestMessage(new HttpMethod(route.Method), path)
                {
                    Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                };
                var response = await records.Patient.Client.SendAsync(request, Ct);
                var text = await response.Content.ReadAsStringAsync(Ct);
                var named = (int)response.StatusCode == 400 && JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var errors)
                    ? errors.EnumerateObject().Select(e => ArrayIndex().Replace(e.Name, "[0]")).ToArray()
                    : [];
                return (response.IsSuccessStatusCode, named, $"{(int)response.StatusCode} {text}");
            }

            for (var attempt = 0; ; attempt++)
            {
                var offered = all.Where(c => !refused.Contains(c.Field)).ToList();
                var (saved, named, text) = await TryAsync(offered);
                if (saved)
                {
                    canaries.AddRange(offered);
                    break;
                }

                // A refusal names the field that carried a canary, or a list element or object the canaries created
                // (benzodiazepines[0]). A rule about two fields may name the other one ("plannedDate" for a new time):
                // then the canary whose removal makes that error go away is the one refused.
                var newlyRefused = offered.Where(c => named.Any(n => Within(c.Field, n))).Select(c => c.Field).ToList();
                if (newlyRefused.Count == 0)
                {
                    foreach (var candidate in offered)
                    {
                        var without = await TryAsync(offered.Where(c => c != candidate));
                        if (without.Saved || !without.Named.Intersect(named).Any())
                        {
                            newlyRefused.Add(candidate.Field);
                            break;
                        }
                    }
                }

                Assert.True(attempt < 20 && named.Length > 0 && newlyRefused.Count > 0, $"{write.Key}: {text}");
                refused.UnionWith(newlyRefused);
            }
        }

        return canaries;
    }

    private static bool Within(string field, string name) =>
        field == name || field.StartsWith(name + ".", StringComparison.Ordinal) || field.StartsWith(name + "[", StringComparison.Ordinal);

    private static Task<(string, JsonObject)> Body(string path, object body) => Task.FromResult((path, Json(body)));

    private static Task<(string, JsonObject)> Body(PatientRecords records, RouteEntry route, object body) =>
        Task.FromResult((EndpointInventory.Fill(route, records.RouteValues(route) ?? throw new InvalidOperationException($"No record for {route.Key}.")), Json(body)));

    private static JsonObject Json(object body) => JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();

    private static object Checklist() => new { clinicName = "A clinic", answers = new[] { new { question = "licensed", answer = "yes" } } };

    /// <summary>Sets a field in a body, in the last element of each list on its way (adding one to an empty list).</summary>
    private static void Set(JsonNode node, IReadOnlyList<FieldStep> steps, int index, JsonNode value)
    {
        var step = steps[index];
        var last = index == steps.Count - 1;
        JsonNode NewContainer() => steps[index + 1].Element ? new JsonArray() : new JsonObject();
        if (!step.Element)
        {
            var container = node.AsObject();
            if (last)
            {
                container[step.Property!] = value.DeepClone();
                return;
            }

            if (container[step.Property!] is not { } child)
            {
                container[step.Property!] = child = NewContainer();
            }

            Set(child, steps, index + 1, value);
            return;
        }

        // The last element of a list the base body fills (the patient's own checklist item), or a new one.
        var array = node.AsArray();
        if (array.Count == 0)
        {
            array.Add(last ? value.DeepClone() : NewContainer());
        }

        if (last)
        {
            array[^1] = value.DeepClone();
        }
        else
        {
            Set(array[^1]!, steps, index + 1, value);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex ArrayIndex();
}
