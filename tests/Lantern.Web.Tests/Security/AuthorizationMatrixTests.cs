using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Walks the "Checked by tests" tables of docs/security/authorization-matrix.md: every scope against every
/// kind of record a grantee can read, and the free-text field rule. The document and the code cannot drift.
/// </summary>
public sealed class AuthorizationMatrixTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static readonly string[] Scopes = ["mood", "questionnaires", "sessions", "taper", "alerts", "journal"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachScopeAlone_OpensExactlyTheReadsTheMatrixLists()
    {
        var (reads, _) = Matrix.Read();
        Assert.True(reads.Count >= 6, "The matrix tables were not found.");
        var patient = await PatientWithRecordsAsync();
        var grantees = new Dictionary<string, TestUser>();
        foreach (var scope in Scopes)
        {
            grantees[scope] = (await CareTeamSetup.GrantAsync(patient, scope == "journal" ? UserRole.Therapist : UserRole.Caregiver, scope)).Grantee;
        }

        var stranger = await TestUser.CreateAsync(app, UserRole.Therapist);
        var failures = new List<string>();
        foreach (var (path, allowed) in reads)
        {
            var url = path.Replace("{patient}", patient.Id.ToString(), StringComparison.Ordinal);
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
        var patient = await PatientWithRecordsAsync();
        var (withField, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood", "journal");
        var (withoutField, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");

        foreach (var (field, path, scope) in fields)
        {
            var url = path.Replace("{patient}", patient.Id.ToString(), StringComparison.Ordinal);
            Assert.Equal("journal", scope);
            var shown = await withField.Client.GetStringAsync(url, Ct);
            var hidden = await withoutField.Client.GetStringAsync(url, Ct);
            Assert.Contains(NoteCanary, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(NoteCanary, hidden, StringComparison.Ordinal);
            Assert.Contains($"\"{field}\":null", hidden, StringComparison.Ordinal);
        }
    }

    private const string NoteCanary = "matrix-note-canary-3f9";

    /// <summary>A patient with a check-in (with a note), a PHQ-9 and the alert it raised.</summary>
    private async Task<TestUser> PatientWithRecordsAsync()
    {
        var patient = await TestUser.CreateAsync(app);
        (await patient.Client.PostAsJsonAsync("/api/v1/checkins", new { mood = 5, anxiety = 5, sleepHours = 6.5, energy = 4, note = NoteCanary }, Ct)).EnsureSuccessStatusCode();
        (await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 } }, Ct)).EnsureSuccessStatusCode();
        return patient;
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
            var rows = section.Where(l => l.StartsWith("| /", StringComparison.Ordinal) || l.StartsWith("| note", StringComparison.Ordinal))
                .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
                .ToArray();
            var reads = rows.Where(r => r.Length == 2).Select(r => (r[0], r[1].Split(',').Select(s => s.Trim()).ToArray())).ToList();
            var fields = rows.Where(r => r.Length == 3).Select(r => (r[0], r[1], r[2])).ToList();
            return (reads, fields);
        }
    }
}
