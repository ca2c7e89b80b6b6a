using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// Issue 12 item 6: a dosing day must not sign the patient out. The patient's dosing-day page sits untouched while the
/// support person logs the checks on their own phone; the sign-in that page is shown on is held until the session's
/// expected end (<c>SessionLimits.SignInHeldAfterDose</c> after the dose), never past the absolute limit, and nothing
/// else keeps a quiet sign-in alive. Its own app: the clock moves by hours.
/// </summary>
public sealed class DosingDaySignInTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DosingDay_ThreeHoursWithoutAClickWhileTheSupportPersonLogsChecks_ClosingAnswerIsSaved()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _, id) = await SessionsApi.NamedSupportPersonAsync(patient);
        await SessionsApi.StartAsync(patient, id);
        var token = await OpenDayPageAsync(patient, id);

        for (var minutes = 15; minutes <= 180; minutes += 15)
        {
            app.Time.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.Created, (await SessionsApi.PostCheckAsync(caregiver.Client, id, responsiveness: "drowsy")).StatusCode);
        }

        var finish = await PageForms.PostAsync(patient.Client, $"/sessions/{id}/day?handler=Finish", [("Finish.Feeling", "okay"), ("Finish.Note", "Tired, calm")], token);
        var session = await SessionsApi.GetSessionAsync(patient.Client, id);

        Assert.Equal(HttpStatusCode.Redirect, finish.StatusCode);
        Assert.Equal($"/sessions/{id}/after?saved=finished", finish.Headers.Location?.OriginalString);
        Assert.Equal("finished", session.GetProperty("state").GetString());
        Assert.Equal("okay", session.GetProperty("closingFeeling").GetString());
        Assert.Equal("Tired, calm", session.GetProperty("closingNote").GetString());
        Assert.Equal(12, session.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public async Task SameQuietHours_WithoutADosingSessionInProgress_SignsOut()
    {
        var planned = await TestUser.CreateAsync(app);
        var plannedId = await SessionsApi.NewSessionAsync(planned);
        // A planned session's day page sends the patient to the prepare page and earns nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await planned.Client.GetAsync($"/sessions/{plannedId}/day", Ct)).StatusCode);
        var idle = await TestUser.CreateAsync(app);

        app.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(planned.Client));
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(idle.Client));
    }

    [Fact]
    public async Task DosingDay_OtherDevicesAndTheSupportPerson_KeepTheOrdinaryIdleLimit()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _, id) = await SessionsApi.NamedSupportPersonAsync(patient);
        await SessionsApi.StartAsync(patient, id);
        var laptop = await patient.SignInOnNewClientAsync();
        await OpenDayPageAsync(patient, id);
        Assert.Equal(HttpStatusCode.OK, (await caregiver.Client.GetAsync($"/sessions/{id}/day", Ct)).StatusCode);

        app.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(patient.Client));
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(laptop));
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(caregiver.Client));
    }

    [Fact]
    public async Task DosingDay_FinishedOrPastItsExpectedEnd_TheOrdinaryIdleLimitIsBack()
    {
        var finisher = await TestUser.CreateAsync(app);
        var finishedId = await SessionsApi.NewSessionAsync(finisher);
        await SessionsApi.StartAsync(finisher, finishedId);
        await OpenDayPageAsync(finisher, finishedId);
        var lingerer = await TestUser.CreateAsync(app);
        var lingeringId = await SessionsApi.NewSessionAsync(lingerer);
        await SessionsApi.StartAsync(lingerer, lingeringId);
        await OpenDayPageAsync(lingerer, lingeringId);
        app.Time.Advance(TimeSpan.FromMinutes(125));
        var finished = await SessionsApi.PutSessionAsync(finisher.Client, finishedId, new { state = "finished", closingFeeling = "okay" });

        app.Time.Advance(TimeSpan.FromMinutes(31));
        var afterFinishing = await HttpAssertions.MeStatusAsync(finisher.Client);
        // The lingerer's session is still "in progress": held until four hours after the dose, then 30 quiet minutes.
        var withinTheHold = await HttpAssertions.MeStatusAsync(lingerer.Client);
        app.Time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(31));
        var pastTheEnd = await HttpAssertions.MeStatusAsync(lingerer.Client);

        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterFinishing);
        Assert.Equal(HttpStatusCode.OK, withinTheHold);
        Assert.Equal(HttpStatusCode.Unauthorized, pastTheEnd);
    }

    [Fact]
    public async Task DosingDay_LateInALongSignIn_TheTwelveHourLimitStillEndsIt()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient, SessionsApi.Course("2026-11-26", "2026-11-27"));
        await SessionsApi.AdvanceAsync(app, 10 * 60, patient);
        await SessionsApi.StartAsync(patient, id);
        await OpenDayPageAsync(patient, id);

        app.Time.Advance(TimeSpan.FromMinutes(100));
        var within = await HttpAssertions.MeStatusAsync(patient.Client);
        app.Time.Advance(TimeSpan.FromMinutes(21));

        Assert.Equal(HttpStatusCode.OK, within);
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(patient.Client));
    }

    /// <summary>Opens the dosing-day page as the patient and returns its antiforgery token, as the open page would hold it.</summary>
    private static Task<string> OpenDayPageAsync(TestUser patient, Guid id) => PageForms.TokenAsync(patient.Client, $"/sessions/{id}/day");
}
