using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Links a grantee to a patient the way people do: an invitation link, accepted over HTTP.</summary>
public static class CareTeamSetup
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates an invitation as <paramref name="patient"/> and returns its token (from the link).</summary>
    public static async Task<(Guid InvitationId, string Token)> InviteAsync(TestUser patient, UserRole role, IEnumerable<string> scopes,
        string? email = null, string? endsOn = null)
    {
        var response = await patient.Client.PostAsJsonAsync("/api/v1/careteam/invitations",
            new { role = role.ToString().ToLowerInvariant(), scopes, email, endsOn }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var link = body.GetProperty("link").GetString()!;
        return (body.GetProperty("id").GetGuid(), link[(link.LastIndexOf('/') + 1)..]);
    }

    /// <summary>A new caregiver or therapist (two-step on) who has accepted <paramref name="patient"/>'s invitation.</summary>
    public static async Task<(TestUser Grantee, Guid GrantId)> GrantAsync(TestUser patient, UserRole role, params string[] scopes)
    {
        var grantee = await TestUser.CreateAsync(patient.App, role);
        var (_, token) = await InviteAsync(patient, role, scopes);
        var accepted = await grantee.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync(Ct));
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (grantee, body.GetProperty("grantId").GetGuid());
    }
}
