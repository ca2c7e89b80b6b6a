using System.Net.Http.Json;
using Lantern.Web.Features.CareTeam;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Account;
using Lantern.Web.Tests.Infrastructure;
using CareTeamSetup = Lantern.Web.Tests.Infrastructure.CareTeamSetup;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Lantern.Web.Tests.Features.CareTeam;

/// <summary>
/// The care team's e-mails over a real SMTP conversation (an in-process server on 127.0.0.1): the invitation names
/// who invited and nothing about their health; an alert arrives once and says only that there is an alert.
/// </summary>
public sealed class CareTeamSmtpTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private const string PatientName = "Canary Patient 9d2";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvitationAndAlert_ArriveOverSmtp_OnceEach_WithoutHealthDetails()
    {
        var patient = await TestUser.CreateAsync(app, displayName: PatientName);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["alerts", "mood"], email: caregiver.Email);
        var invitation = await app.WaitForMailAsync(caregiver.Email, "invited you");
        var link = Body(invitation).Split('\n').Single(l => l.Contains("/care-team/accept/", StringComparison.Ordinal)).Trim();
        (await caregiver.Client.PostAsync($"/api/v1/careteam/invitations/{link[(link.LastIndexOf('/') + 1)..]}/accept", null, Ct)).EnsureSuccessStatusCode();

        (await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses",
            new { answers = new[] { 3, 3, 3, 3, 3, 3, 3, 3, 2 } }, Ct)).EnsureSuccessStatusCode();
        await DispatchAsync();
        await DispatchAsync();
        var alert = await app.WaitForMailAsync(caregiver.Email, "new alert");

        Assert.Contains(PatientName, invitation.Subject, StringComparison.Ordinal);
        Assert.Single(app.Received, m => m.To.Mailboxes.Any(b => b.Address == caregiver.Email) && (m.Subject ?? string.Empty).Contains("new alert", StringComparison.Ordinal));
        foreach (var text in new[] { MailText.Readable(Body(invitation)), MailText.Readable(Body(alert)) + alert.Subject })
        {
            foreach (var detail in new[] { "PHQ", "suicid", "harm", "ketamine", "score" })
            {
                Assert.DoesNotContain(detail, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.DoesNotContain(PatientName, Body(alert) + alert.Subject, StringComparison.Ordinal);
        Assert.Contains("sign in", Body(alert), StringComparison.OrdinalIgnoreCase);
    }

    private static string Body(MimeMessage message) => (message.TextBody ?? string.Empty) + (message.HtmlBody ?? string.Empty);

    private async Task DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertNotificationDispatcher>().DispatchPendingAsync(Ct);
    }
}
