using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// The early-finish confirmation cited the esketamine (SPRAVATO) label to people taking lozenges at home. It is now
/// worded for the course's route: the label only for esketamine, Lantern's own default named as such for every other.
/// </summary>
public sealed class EarlyFinishWordingTests(SharedApp app)
{
    [Theory]
    [InlineData("at-home-lozenges", false, "support person will stay with me")]
    [InlineData("iv-infusion", false, "my clinic has checked")]
    [InlineData("intramuscular", false, "my clinic has checked")]
    [InlineData("other", false, "someone will stay with me")]
    [InlineData("esketamine-nasal-spray", true, "my clinic has checked")]
    public async Task DayPageAndRefusal_BeforeTwoHours_WordedForTheRoute(string route, bool citesTheLabel, string confirmation)
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient, new
        {
            route,
            providerName = "Riverside Ketamine Clinic",
            providerPhone = SessionsApi.ProviderPhone,
            prescribedDose = "As written on my plan",
            sessions = new[] { new { date = "2026-11-26", time = "10:00" } },
        });
        await SessionsApi.StartAsync(patient, id, minutesAgo: 30);

        var page = await PageForms.GetPageAsync(patient.Client, $"/sessions/{id}/day");
        var refused = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished", closingFeeling = "okay" });
        var message = (await HttpAssertions.ReadJsonAsync(refused)).GetProperty("errors").GetProperty("confirmEarlyFinish")[0].GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        foreach (var text in new[] { page, message })
        {
            Assert.Equal(citesTheLabel, text.Contains("esketamine (SPRAVATO) label asks for at least 2 hours", StringComparison.Ordinal));
            Assert.Equal(!citesTheLabel, text.Contains("careful default", StringComparison.Ordinal));
            Assert.DoesNotContain("The esketamine label asks", text, StringComparison.Ordinal);
        }

        Assert.Contains(confirmation, page, StringComparison.Ordinal);
        Assert.Contains(confirmation, message, StringComparison.Ordinal);
        Assert.Contains(citesTheLabel ? "Checked against the published source." : "Lantern&#x27;s own rule", page, StringComparison.Ordinal);
    }
}
