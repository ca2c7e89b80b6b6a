using System.Net;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.CareTeam;

/// <summary>
/// Issue 15, item 4: the invitation survives sign-up, e-mail confirmation and two-step setup, each step leading on to
/// the next without the link being opened again; and a grantee whose sharing ended is told so, not "not found".
/// </summary>
public sealed class InvitationSurvivesTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignedOutInvitee_IsCarriedFromTheLink_ThroughSignUpAndConfirmation_ToTheInvitation()
    {
        var patient = await TestUser.CreateAsync(app, displayName: "Jordan Lake");
        var (_, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"]);
        var invitation = $"/care-team/accept/{token}";
        var visitor = app.CreateBrowserlikeClient();

        var opened = await visitor.GetAsync(invitation, Ct);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var signIn = opened.Headers.Location!.LocalPart();
        var signInPage = WebUtility.HtmlDecode(await PageForms.GetPageAsync(visitor, signIn));
        Assert.Contains("You have been invited to someone's care team.", signInPage, StringComparison.Ordinal);
        var signUp = $"/account/sign-up?returnUrl={Uri.EscapeDataString(invitation)}";
        Assert.Contains($"href=\"{signUp}\"", signInPage, StringComparison.Ordinal);

        var email = $"alex-{Guid.NewGuid():N}@example.org";
        var created = await PageForms.SubmitAsync(visitor, signUp,
        [
            ("returnUrl", invitation), ("Input.Email", email), ("Input.DisplayName", "Alex"),
            ("Input.Password", "a lantern in the window " + Guid.NewGuid().ToString("N")[..6]), ("Input.TimeZone", "America/Chicago"), ("Input.Role", "caregiver"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);

        var mail = await app.WaitForMailAsync(email, "Confirm your Lantern account");
        var (userId, confirmToken) = Outbox.ReadLink(mail, "/account/confirm-email");
        Assert.Contains($"returnUrl={Uri.EscapeDataString(invitation)}", mail.TextBody, StringComparison.Ordinal);
        var confirmPage = $"/account/confirm-email?userId={userId}&token={confirmToken}&returnUrl={Uri.EscapeDataString(invitation)}";
        var confirmed = await PageForms.SubmitAsync(visitor, confirmPage, [("UserId", userId.ToString()), ("Token", confirmToken), ("returnUrl", invitation)]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal(invitation, confirmed.Location);

        var accept = await PageForms.GetPageAsync(visitor, invitation);
        Assert.Contains($"href=\"/account/two-factor?returnUrl={Uri.EscapeDataString(invitation)}\"", accept, StringComparison.Ordinal);
        var twoStep = await PageForms.GetPageAsync(visitor, $"/account/two-factor?returnUrl={Uri.EscapeDataString(invitation)}");
        Assert.Contains($"name=\"returnUrl\" value=\"{invitation}\"", twoStep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReturnAddressOffTheSite_IsNeverCarried()
    {
        var visitor = app.CreateBrowserlikeClient();

        var signIn = await PageForms.GetPageAsync(visitor, "/account/sign-in?ReturnUrl=" + Uri.EscapeDataString("//evil.example/care-team/accept/x"));

        Assert.All(System.Text.RegularExpressions.Regex.Matches(signIn, "href=\"/account/sign-up[^\"]*\"").Select(m => m.Value),
            link => Assert.Equal("href=\"/account/sign-up\"", link));
        Assert.DoesNotContain("invited to someone's care team", WebUtility.HtmlDecode(signIn), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterSharingEnds_TheFormerGrantee_IsToldSo_AndAStrangerStillGets404()
    {
        var patient = await TestUser.CreateAsync(app, displayName: "Jordan Lake");
        var (caregiver, grantId) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");
        (await patient.Client.DeleteAsync($"/api/v1/careteam/grants/{grantId}", Ct)).EnsureSuccessStatusCode();
        var stranger = await TestUser.CreateAsync(app, UserRole.Caregiver);

        var ended = await caregiver.Client.GetAsync($"/care-team/patients/{patient.Id}", Ct);
        var never = await stranger.Client.GetAsync($"/care-team/patients/{patient.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("Jordan Lake has stopped sharing with you", WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
        Assert.DoesNotContain("Jordan Lake", await never.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

internal static class UriPaths
{
    /// <summary>The path and query of a redirect, whether the server wrote it absolute or relative.</summary>
    public static string LocalPart(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
