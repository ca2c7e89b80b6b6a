using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Features.CareTeam;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using CareTeamSetup = Lantern.Web.Tests.Infrastructure.CareTeamSetup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.CareTeam;

/// <summary>Alerts reach the people allowed to see them: in the app, and once by e-mail with no health details.</summary>
public sealed class AlertNotificationTests(AlertNotificationTests.ManualDispatchApp app) : IClassFixture<AlertNotificationTests.ManualDispatchApp>
{
    /// <summary>
    /// The background worker is off here, so each test decides when a round runs: every sign-in moves the fake clock
    /// (a fresh TOTP step), and a worker round started by that could be mid-send while a test counts e-mails. The
    /// worker itself is tested on apps of its own.
    /// </summary>
    public sealed class ManualDispatchApp : LanternAppFactory
    {
        public ManualDispatchApp() => With("Notifications:IntervalSeconds", "0");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RedFlag_EmailsAlertsGranteesOnce_NobodyElse_NoHealthDetails()
    {
        var patient = await TestUser.CreateAsync(app, displayName: "Canary Patient 7e1");
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "alerts");
        var (therapist, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood");

        await RaiseSelfHarmAlertAsync(patient);
        await DispatchAsync();
        await DispatchAsync();

        Assert.Equal(1, app.Outbox.Count(caregiver.Email, "new alert"));
        Assert.Equal(0, app.Outbox.Count(therapist.Email, "new alert"));
        var mail = await app.Outbox.WaitForAsync(caregiver.Email, "new alert");
        Assert.DoesNotContain("Canary Patient", mail.TextBody!, StringComparison.Ordinal);
        Assert.DoesNotContain("harm", MailText.Readable(mail.TextBody), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PHQ", MailText.Readable(mail.TextBody), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dispatch_RunningConcurrently_SendsEachAlertOnce()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "alerts");
        await RaiseSelfHarmAlertAsync(patient);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DispatchAsync()));

        Assert.Equal(1, app.Outbox.Count(caregiver.Email, "new alert"));
    }

    [Fact]
    public async Task Worker_OnItsTick_SendsWithoutAnyoneAsking()
    {
        await using var withWorker = new LanternAppFactory();
        await withWorker.InitializeAsync();
        var patient = await TestUser.CreateAsync(withWorker);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "alerts");
        await RaiseSelfHarmAlertAsync(patient);

        withWorker.Time.Advance(TimeSpan.FromSeconds(16));

        var mail = await withWorker.Outbox.WaitForAsync(caregiver.Email, "new alert");
        Assert.NotNull(mail);
        Assert.Equal(1, withWorker.Outbox.Count(caregiver.Email, "new alert"));
    }

    [Fact]
    public async Task ClaimLeftByACrashedInstance_IsTakenOverAfterTheTimeout_AndSentOnce()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "alerts");
        await RaiseSelfHarmAlertAsync(patient);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Another instance claimed the alert and died before sending.
            var db = scope.ServiceProvider.GetRequiredService<Lantern.Web.Platform.Data.LanternDbContext>();
            var claimedAt = app.Time.GetUtcNow();
            await db.Set<Lantern.Web.Features.Alerts.Alert>().Where(a => a.PatientId == patient.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.NotificationClaimedBy, "crashed-instance").SetProperty(a => a.NotificationClaimedAt, claimedAt), Ct);
        }

        await DispatchAsync();
        var whileClaimed = app.Outbox.Count(caregiver.Email, "new alert");
        app.Time.Advance(TimeSpan.FromMinutes(6));
        await DispatchAsync();
        await DispatchAsync();

        Assert.Equal(0, whileClaimed);
        Assert.Equal(1, app.Outbox.Count(caregiver.Email, "new alert"));
    }

    [Fact]
    public async Task GranteeWithTwoStepSignInOff_GetsNoAlertEmail()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "alerts");
        (await caregiver.Client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = caregiver.Password }, Ct)).EnsureSuccessStatusCode();

        await RaiseSelfHarmAlertAsync(patient);
        await DispatchAsync();

        Assert.Equal(0, app.Outbox.Count(caregiver.Email, "new alert"));
    }

    [Fact(Timeout = 60_000)]
    public async Task Worker_AfterTheClockJumpsAMonth_RunsOneRound_NotOnePerMissedTick()
    {
        // A laptop waking from sleep, or a VM resumed, moves the clock by hours or days at once.
        await using var jumpy = new LanternAppFactory().With("Logging:LogLevel:Lantern.Web.Features.CareTeam", "Debug");
        await jumpy.InitializeAsync();
        jumpy.Time.Advance(TimeSpan.FromSeconds(16));
        await WaitForRoundsAsync(jumpy, 1);

        jumpy.Time.Advance(TimeSpan.FromDays(30)); // 172,800 missed 15-second ticks
        await WaitForRoundsAsync(jumpy, 2);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.Equal(2, Rounds(jumpy));
    }

    private static int Rounds(LanternAppFactory factory) => factory.Logs.GetSnapshot().Count(r => r.Id.Id == 4302);

    private static async Task WaitForRoundsAsync(LanternAppFactory factory, int rounds)
    {
        for (var attempt = 0; attempt < 100 && Rounds(factory) < rounds; attempt++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.True(Rounds(factory) >= rounds, $"Expected {rounds} notification round(s), saw {Rounds(factory)}.");
    }

    [Fact]
    public async Task Caregiver_AcknowledgesAlert_PatientAndCareTeamSeeWhoAndWhen()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "alerts");
        await RaiseSelfHarmAlertAsync(patient);
        var shared = await caregiver.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/alerts", Ct);
        var alertId = Assert.Single(shared.EnumerateArray()).GetProperty("alert").GetProperty("id").GetGuid();

        var acknowledge = await caregiver.Client.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null, Ct);
        var patientsOpen = await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts", Ct);
        var all = await caregiver.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/alerts?status=all", Ct);

        Assert.Equal(HttpStatusCode.OK, acknowledge.StatusCode);
        Assert.Empty(patientsOpen.EnumerateArray());
        Assert.Equal("Test Caregiver", Assert.Single(all.EnumerateArray()).GetProperty("acknowledgedByName").GetString());
        var patientsPage = await patient.Client.GetStringAsync("/alerts?status=all", Ct);
        Assert.Contains("Marked as seen by Test Caregiver", patientsPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GranteeWithoutAlertsScope_CannotSeeOrAcknowledge()
    {
        var patient = await TestUser.CreateAsync(app);
        var (therapist, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood");
        await RaiseSelfHarmAlertAsync(patient);
        var alertId = (await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts", Ct))[0].GetProperty("id").GetGuid();

        var list = await therapist.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/alerts", Ct);
        var acknowledge = await therapist.Client.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null, Ct);

        Assert.Empty(list.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, acknowledge.StatusCode);
    }

    private static async Task RaiseSelfHarmAlertAsync(TestUser patient)
    {
        var response = await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 } }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertNotificationDispatcher>().DispatchPendingAsync(Ct);
    }
}
