using System.Net;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.CheckIns;

/// <summary>The check-in page over HTTP, as a browser without JavaScript would use it.</summary>
public sealed class CheckInPagesTests(SharedApp app)
{
    [Fact]
    public async Task CheckInForm_Valid_RedirectsToDashboard_InvalidKeepsWhatWasTyped()
    {
        var patient = await TestUser.CreateAsync(app);

        var bad = await PageForms.PostAsync(patient.Client, "/checkin", [("Input.Mood", "6"), ("Input.Anxiety", "3"), ("Input.SleepHours", "30"), ("Input.Energy", "5"), ("Input.Note", "kept note")]);
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var good = await PageForms.PostAsync(patient.Client, "/checkin", [("Input.Mood", "6"), ("Input.Anxiety", "3"), ("Input.SleepHours", "7,5"), ("Input.Energy", "5")]);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Hours of sleep must be from 0 to 24.", badHtml);
        Assert.Contains("value=\"30\"", badHtml);
        Assert.Contains(">kept note</textarea>", badHtml);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/dashboard?saved=checkin", good.Headers.Location!.OriginalString);
        var saved = Assert.Single((await GetJsonAsync(patient.Client, "/api/v1/checkins")).EnumerateArray());
        Assert.Equal(7.5m, saved.GetProperty("sleepHours").GetDecimal());
    }

    [Fact]
    public async Task CheckInForm_WithWarningSign_AnswersWithCrisisRouteNotARedirect()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await PageForms.PostAsync(patient.Client, "/checkin",
            [("Input.Mood", "1"), ("Input.Anxiety", "9"), ("Input.SleepHours", "3"), ("Input.Energy", "1"), ("Input.WarningSigns", "suicidal-thoughts")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Help is here, right now", html);
        Assert.Contains("href=\"tel:911\"", html);
    }
}
