using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Platform.Push;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>
/// The dosing day without an open page (issue 16, hazard WS-03): while a session is in progress the 15-minute check
/// and the 40-minute blood pressure are pushed to the patient's and the support person's devices, each once, through
/// a push service on loopback (payloads decrypted with each device's own keys); they stop when the session finishes.
/// </summary>
public sealed class DosingDayPromptTests(DosingDayPromptTests.PromptsApp app) : IClassFixture<DosingDayPromptTests.PromptsApp>
{
    public sealed class PromptsApp : LanternAppFactory
    {
        public PromptsApp() =>
            With("Push:AllowLoopbackHttpEndpoints", "true").With("Reminders:IntervalSeconds", "0").With("Notifications:IntervalSeconds", "0");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task AddDeviceAsync(TestUser user, TestPushDevice device) =>
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync("/api/v1/me/push-subscriptions", device.Subscription(), Ct)).StatusCode);

    private static JsonElement[] Notices(LoopbackPushService push, TestPushDevice device) =>
        [.. push.SentTo(device).Select(r => JsonDocument.Parse(Encoding.UTF8.GetString(device.Decrypt(r.Body))).RootElement)];

    private static string[] Titles(LoopbackPushService push, TestPushDevice device) =>
        [.. Notices(push, device).Select(n => n.GetProperty("title").GetString()!)];

    [Fact]
    public async Task SessionInProgress_PushesEachCheckAndTheReadingToBothDevicesOnce_AndStopsWhenItFinishes()
    {
        await using var push = await LoopbackPushService.StartAsync();
        using var patientPhone = push.NewDevice();
        using var supporterPhone = push.NewDevice();
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _, session) = await SessionsApi.NamedSupportPersonAsync(patient);
        await AddDeviceAsync(patient, patientPhone);
        await AddDeviceAsync(caregiver, supporterPhone);
        await ReminderDispatchTests.TurnOnAsync(patient, byPush: true, ("dosing-day-prompts", ""));
        await ReminderDispatchTests.TurnOnAsync(caregiver, byPush: true, ("dosing-day-prompts", ""));
        await SessionsApi.StartAsync(patient, session);

        await ReminderDispatchTests.RoundAsync(app);
        var atDose = push.Received.Count;
        await SessionsApi.AdvanceAsync(app, 15, patient, caregiver);
        await ReminderDispatchTests.RoundAsync(app);
        await ReminderDispatchTests.RoundAsync(app);
        var atFifteen = Titles(push, supporterPhone);
        Assert.Equal(HttpStatusCode.Created, (await SessionsApi.PostCheckAsync(caregiver.Client, session)).StatusCode);
        await SessionsApi.AdvanceAsync(app, 15, patient, caregiver); // the next check falls at minute 30
        await ReminderDispatchTests.RoundAsync(app);
        await SessionsApi.AdvanceAsync(app, 10, patient, caregiver); // minute 40: the reading
        await ReminderDispatchTests.RoundAsync(app);
        var atForty = Titles(push, patientPhone);
        var finished = await SessionsApi.PutSessionAsync(patient.Client, session, new { state = "finished", closingFeeling = "okay", confirmEarlyFinish = true });
        await SessionsApi.AdvanceAsync(app, 20, patient);
        await ReminderDispatchTests.RoundAsync(app);

        Assert.Equal(0, atDose);
        Assert.Equal(["Time for the 15-minute check"], atFifteen);
        Assert.Equal(["Time for the 15-minute check", "Time for the 15-minute check", "Time for the blood-pressure reading"], atForty);
        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
        // Nothing after the session finished: the patient's and the support person's devices got the same three.
        Assert.Equal(atForty, Titles(push, patientPhone));
        Assert.Equal(atForty, Titles(push, supporterPhone));
        var notice = Notices(push, supporterPhone)[0];
        Assert.Equal($"/sessions/{session}/day", notice.GetProperty("url").GetString());
        Assert.Contains("/reminders/stop/", notice.GetProperty("stopUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupportPersonWhoseGrantEnded_GetsNoPrompts()
    {
        await using var push = await LoopbackPushService.StartAsync();
        using var supporterPhone = push.NewDevice();
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, grant, session) = await SessionsApi.NamedSupportPersonAsync(patient);
        await AddDeviceAsync(caregiver, supporterPhone);
        await ReminderDispatchTests.TurnOnAsync(caregiver, byPush: true, ("dosing-day-prompts", ""));
        await SessionsApi.StartAsync(patient, session);
        (await patient.Client.DeleteAsync($"/api/v1/careteam/grants/{grant}", Ct)).EnsureSuccessStatusCode();

        await SessionsApi.AdvanceAsync(app, 16, patient);
        await ReminderDispatchTests.RoundAsync(app);

        Assert.Empty(push.SentTo(supporterPhone));
    }
}
