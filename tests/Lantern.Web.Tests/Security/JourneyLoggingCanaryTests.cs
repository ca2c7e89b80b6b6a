using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>SEC-22 for the patient journey: notes, tags and which warning sign was reported never reach a log line.</summary>
public sealed class JourneyLoggingCanaryTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    [Fact]
    public async Task CheckInQuestionnaireWarningSignsAndExport_WithCanaries_NoCanaryInAnyLogRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        var patient = await TestUser.CreateAsync(app);
        await patient.Client.PostAsJsonAsync("/api/v1/checkins", new
        {
            mood = 2, anxiety = 8, sleepHours = 4, energy = 2, note = "canary-note-3k7w", tags = new[] { "canary-tag-8r2x" }, warningSigns = new[] { "suicidal-thoughts" },
        }, ct);
        await patient.Client.PostAsJsonAsync("/api/v1/checkins", new { mood = 99, note = "canary-bad-6q0v" }, ct);
        await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = new[] { 3, 3, 3, 3, 3, 3, 3, 3, 2 } }, ct);
        await patient.Client.PostAsJsonAsync("/api/v1/warning-signs", new { signs = new[] { "chest-pain" } }, ct);
        await patient.Client.GetAsync("/api/v1/export/checkins.csv", ct);
        await patient.Client.GetAsync("/dashboard", ct);

        var records = app.Logs.GetSnapshot();

        Assert.Contains(records, r => r.Message.Contains("alert(s) raised", StringComparison.Ordinal));
        LogCanaries.AssertNoneIn(records, "3k7w", "8r2x", "6q0v", "suicidal", "self-harm", "chest-pain");
    }
}
