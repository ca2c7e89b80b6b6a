using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Walks the "Checked by tests" tables of docs/security/authorization-matrix.md: every scope against every
/// kind of record a grantee can read, and the free-text field rule. The document and the code cannot drift.
/// </summary>
public sealed class AuthorizationMatrixTests(SharedApp app)
{
    private static readonly string[] Scopes = ["mood", "questionnaires", "sessions", "taper", "alerts", "journal"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachScopeAlone_OpensExactlyTheReadsTheMatrixLists()
    {
        var (reads, _, _) = Matrix.Read();
        Assert.True(reads.Count >= 6, "The matrix tables were not found.");
        var (patient, session) = await PatientWithRecordsAsync();
        var grantees = new Dictionary<string, TestUser>();
        foreach (var scope in Scopes)
        {
            grantees[scope] = (await CareTeamSetup.GrantAsync(patient, scope == "journal" ? UserRole.Therapist : UserRole.Caregiver, scope)).Grantee;
        }

        var stranger = await TestUser.CreateAsync(app, UserRole.Therapist);
        var failures = new List<string>();
        foreach (var (path, allowed) in reads)
        {
            var url = Fill(path, patient, session);
            foreach (var scope in Scopes)
            {
                var status = (await grantees[scope].Client.GetAsync(url, Ct)).StatusCode;
                var expected = allowed.Contains(scope) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                if (status != expected)
                {
                    failures.Add($"{path} with only '{scope}': {(int)status}, expected {(int)expected}");
                }
            }

            var strangerStatus = (await stranger.Client.GetAsync(url, Ct)).StatusCode;
            if (strangerStatus != HttpStatusCode.NotFound)
            {
                failures.Add($"{path} with no grant: {(int)strangerStatus}, expected 404");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task FreeTextFields_OnlyWithTheirScope()
    {
        var (_, fields, _) = Matrix.Read();
        Assert.NotEmpty(fields);
        var (patient, session) = await PatientWithRecordsAsync();
        var (withField, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, Scopes);
        var (withoutField, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, Scopes.Where(s => s != "journal").ToArray());

        foreach (var (field, path, scope) in fields)
        {
            var url = Fill(path, patient, session);
            Assert.Equal("journal", scope);
            var shown = await withField.Client.GetStringAsync(url, Ct);
            var hidden = await withoutField.Client.GetStringAsync(url, Ct);
            Assert.Contains(NoteCanary, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(NoteCanary, hidden, StringComparison.Ordinal);
            Assert.Contains($"\"{field}\":null", hidden, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Issue 12: every text a patient can write (found from the write endpoints' request types, see
    /// <see cref="PatientTextSeeds"/>) carries a canary, and every read a grantee can make (every GET route of the API
    /// and every page) is walked for it as each single-scope grantee and as one holding every scope but journal: words the
    /// patient typed reach someone else only with the journal scope, except the fields the matrix names as shared.
    /// </summary>
    [Fact]
    public async Task EveryTextThePatientWrites_ReachesSomeoneElseOnlyWithTheJournalScope()
    {
        var routes = EndpointInventory.Read(app.Services);
        var unclassified = routes
            .Where(r => r.IsApi && r.Method != "GET" && RequestFields.BodyType(r) is { } body && RequestFields.Leaves(body).Any(f => f.IsText))
            .Select(r => r.Key)
            .Where(key => !PatientTextSeeds.WriteKeys.Contains(key) && !PatientTextSeeds.NotPatientText.ContainsKey(key))
            .ToArray();
        Assert.True(unclassified.Length == 0,
            "Writes with text that are neither a patient write in PatientTextSeeds nor listed as storing no patient's text: " + string.Join(", ", unclassified));

        var (_, _, shared) = Matrix.Read();
        Assert.Contains("providerName", shared);
        var records = await PatientRecords.CreateAsync(app);
        var canaries = await PatientTextSeeds.SeedAsync(records, routes, shared);
        Assert.Contains(canaries, c => c.Field == "tags[0]");
        Assert.True(canaries.Count(c => !c.SharedWithScope) >= 10, $"Only {canaries.Count(c => !c.SharedWithScope)} free-text fields took a canary.");

        var readers = new Dictionary<string, TestUser>();
        foreach (var scope in Scopes)
        {
            readers[scope] = (await CareTeamSetup.GrantAsync(records.Patient, scope == "journal" ? UserRole.Therapist : UserRole.Caregiver, scope)).Grantee;
        }

        readers["every scope but journal"] = (await CareTeamSetup.GrantAsync(records.Patient, UserRole.Therapist, [.. Scopes.Where(s => s != "journal")])).Grantee;
        readers["every scope"] = (await CareTeamSetup.GrantAsync(records.Patient, UserRole.Therapist, Scopes)).Grantee;

        var reads = ReadsOf(routes, records);
        var failures = new List<string>();
        var seenWithEveryScope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (who, reader) in readers)
        {
            foreach (var path in reads)
            {
                var response = await reader.Client.GetAsync(path, Ct);
                var text = await response.Content.ReadAsStringAsync(Ct);
                foreach (var canary in canaries.Where(c => !c.SharedWithScope && text.Contains(c.Value, StringComparison.Ordinal)))
                {
                    if (who == "every scope")
                    {
                        seenWithEveryScope.Add(canary.Field);
                    }
                    else if (who != "journal")
                    {
                        failures.Add($"{who}: {path} shows {canary.Write} {canary.Field} at {WhereIn(text, canary.Value)}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, "Patient-typed text reached a grantee without the journal scope:\n" + string.Join("\n", failures.Distinct()));
        // The walk sees the text when journal is shared, so the absence above is not for want of looking.
        string[] expected = ["note", "tags[0]", "intention", "closingNote", "whatCameUp", "checklist[0].text"];
        Assert.True(expected.All(seenWithEveryScope.Contains),
            $"Seen with every scope: {string.Join(", ", seenWithEveryScope)}; seeded: {string.Join(", ", canaries.Where(c => !c.SharedWithScope).Select(c => $"{c.Write} {c.Field}"))}");
    }

    /// <summary>Every GET address of the API and every page, filled with the patient's record ids and asking for their data.</summary>
    private List<string> ReadsOf(IReadOnlyList<RouteEntry> routes, PatientRecords records)
    {
        var reads = new List<string>();
        var unfilled = new List<string>();
        foreach (var route in routes.Where(r => (r.IsApi ? r.Method == "GET" : r.Method is "*" or "GET") && !r.Pattern.Contains("{**", StringComparison.Ordinal)))
        {
            if (records.RouteValues(route) is not { } values)
            {
                unfilled.Add(route.Key);
                continue;
            }

            var wantsPatient = route.IsApi
                ? RequestFields.QueryAndRouteValues(route, app.Services).Any(v => v.Name.Equals("patientId", StringComparison.OrdinalIgnoreCase)) && !route.Parameters.Contains("patientId")
                : !route.Parameters.Contains("patientId");
            reads.Add(EndpointInventory.Fill(route, values) + (!wantsPatient ? string.Empty
                : route.IsApi ? $"?patientId={records.Patient.Id}" : $"?patient={records.Patient.Id}&patientId={records.Patient.Id}"));
        }

        Assert.True(unfilled.Count == 0, "Reads with a parameter PatientRecords cannot fill: " + string.Join(", ", unfilled));
        return reads;
    }

    /// <summary>The JSON path of the first string holding <paramref name="value"/>, or "the page" for HTML and files.</summary>
    private static string WhereIn(string text, string value)
    {
        try
        {
            return Find(JsonDocument.Parse(text).RootElement, "$") ?? "the body";
        }
        catch (JsonException)
        {
            return "the page";
        }

        string? Find(JsonElement element, string path) => element.ValueKind switch
        {
            JsonValueKind.String when element.GetString()!.Contains(value, StringComparison.Ordinal) => path,
            JsonValueKind.Object => element.EnumerateObject().Select(p => Find(p.Value, $"{path}.{p.Name}")).FirstOrDefault(p => p is not null),
            JsonValueKind.Array => element.EnumerateArray().Select((e, i) => Find(e, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
            _ => null,
        };
    }

    private static string Fill(string path, TestUser patient, Guid session) => path
        .Replace("{patient}", patient.Id.ToString(), StringComparison.Ordinal)
        .Replace("{session}", session.ToString(), StringComparison.Ordinal);

    private const string NoteCanary = "matrix-note-canary-3f9";

    /// <summary>
    /// A patient with a check-in (with a note), a PHQ-9 and the alert it raised, and a ketamine session with an
    /// intention, a journal entry and a closing note (every free text carries the canary).
    /// </summary>
    private async Task<(TestUser Patient, Guid Session)> PatientWithRecordsAsync()
    {
        var patient = await TestUser.CreateAsync(app);
        (await patient.Client.PostAsJsonAsync("/api/v1/checkins", new { mood = 5, anxiety = 5, sleepHours = 6.5, energy = 4, note = NoteCanary }, Ct)).EnsureSuccessStatusCode();
        (await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 } }, Ct)).EnsureSuccessStatusCode();
        var session = await Features.Sessions.SessionsApi.NewSessionAsync(patient);
        (await Features.Sessions.SessionsApi.PutSessionAsync(patient.Client, session, new { intention = NoteCanary })).EnsureSuccessStatusCode();
        await Features.Sessions.SessionsApi.StartAsync(patient, session); // the journal opens once a session has started
        (await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{session}/journal", new { whatCameUp = NoteCanary }, Ct)).EnsureSuccessStatusCode();
        (await Features.Sessions.SessionsApi.PutSessionAsync(patient.Client, session, new { closingNote = NoteCanary })).EnsureSuccessStatusCode();
        (await patient.Client.PostAsJsonAsync("/api/v1/opioid-doses",
            new { opioid = "oxycodone", dailyDose = 10, unit = "mg", from = "2026-11-20" }, Ct)).EnsureSuccessStatusCode();
        return (patient, session);
    }

    private static class Matrix
    {
        public static (List<(string Path, string[] Scopes)> Reads, List<(string Field, string Path, string Scope)> Fields, HashSet<string> Shared) Read()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
            {
                directory = directory.Parent;
            }

            var lines = File.ReadAllLines(Path.Combine(directory!.FullName, "docs", "security", "authorization-matrix.md"));
            var section = lines.SkipWhile(l => !l.StartsWith("## Checked by tests", StringComparison.Ordinal)).ToArray();
            var reads = Table(section, "| Read (GET").Select(r => (r[0], r[1].Split(',').Select(s => s.Trim()).ToArray())).ToList();
            var fields = Table(section, "| Free-text field").Select(r => (r[0], r[1], r[2])).ToList();
            var shared = Table(section, "| Typed by the patient, shared with the record's scope").Select(r => r[0].Trim('`')).ToHashSet(StringComparer.Ordinal);
            return (reads, fields, shared);
        }

        /// <summary>The body rows of the table whose header starts so: after its header and |---| line, up to the first non-table line.</summary>
        private static IEnumerable<string[]> Table(string[] lines, string header) =>
            lines.SkipWhile(l => !l.StartsWith(header, StringComparison.Ordinal))
                .Skip(2)
                .TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal))
                .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray());
    }
}
