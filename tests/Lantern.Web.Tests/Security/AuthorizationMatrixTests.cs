using System.Net;
using System.Net.Http.Json;
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
        var (reads, _) = Matrix.Read();
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
        var (_, fields) = Matrix.Read();
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
        public static (List<(string Path, string[] Scopes)> Reads, List<(string Field, string Path, string Scope)> Fields) Read()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
            {
                directory = directory.Parent;
            }

            var lines = File.ReadAllLines(Path.Combine(directory!.FullName, "docs", "security", "authorization-matrix.md"));
            var section = lines.SkipWhile(l => !l.StartsWith("## Checked by tests", StringComparison.Ordinal)).ToArray();
            // Body rows of the two tables: everything but each table's header and its |---| separator line.
            var rows = section.Where(l => l.StartsWith("| ", StringComparison.Ordinal)
                    && !l.StartsWith("| Read (GET", StringComparison.Ordinal) && !l.StartsWith("| Free-text field", StringComparison.Ordinal))
                .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
                .ToArray();
            var reads = rows.Where(r => r.Length == 2).Select(r => (r[0], r[1].Split(',').Select(s => s.Trim()).ToArray())).ToList();
            var fields = rows.Where(r => r.Length == 3).Select(r => (r[0], r[1], r[2])).ToList();
            return (reads, fields);
        }
    }
}
