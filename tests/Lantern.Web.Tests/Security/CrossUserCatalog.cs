using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Reminders.Devices;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// For every route that takes an id: how to create a record owned by user A and return A's id(s), and
/// how to check afterwards that A's record is untouched. A route with an id parameter that is missing
/// here fails <see cref="CrossUserRouteTests"/>, so new features cannot forget their cross-user check.
/// </summary>
public static class CrossUserCatalog
{
    public sealed record Seeded(IReadOnlyDictionary<string, string> RouteValues, Func<Task<bool>> StillIntact);

    public sealed record Entry(string Key, Func<TestUser, Task<Seeded>> SeedOwnedByA);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new("DELETE /api/v1/me/sessions/{id:guid}", async owner =>
        {
            var otherDevice = await owner.SignInOnNewClientAsync();
            var sessions = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions", Ct);
            var id = sessions.EnumerateArray().First(s => !s.GetProperty("isCurrent").GetBoolean()).GetProperty("id").GetGuid();
            return new Seeded(
                new Dictionary<string, string> { ["id"] = id.ToString() },
                async () => await HttpAssertions.MeStatusAsync(otherDevice) == System.Net.HttpStatusCode.OK);
        }),
        new("DELETE /api/v1/me/push-subscriptions/{id:guid}", async owner =>
        {
            var id = await PushDevicesApi.AddAsync(owner);
            return new Seeded(new Dictionary<string, string> { ["id"] = id.ToString() },
                async () => (await PushDevicesApi.IdsAsync(owner.Client)).Contains(id));
        }),
        new("DELETE /api/v1/careteam/invitations/{id:guid}", async owner =>
        {
            var (id, _) = await CareTeamSetup.InviteAsync(owner, UserRole.Caregiver, ["mood"]);
            return new Seeded(new Dictionary<string, string> { ["id"] = id.ToString() }, () => InvitationPendingAsync(owner, id));
        }),
        new("GET /api/v1/careteam/invitations/{token}", async owner =>
        {
            var (id, token) = await CareTeamSetup.InviteAsync(owner, UserRole.Caregiver, ["mood"]);
            return new Seeded(new Dictionary<string, string> { ["token"] = token }, () => InvitationPendingAsync(owner, id));
        }),
        new("POST /api/v1/careteam/invitations/{token}/accept", async owner =>
        {
            var (id, token) = await CareTeamSetup.InviteAsync(owner, UserRole.Caregiver, ["mood"]);
            return new Seeded(new Dictionary<string, string> { ["token"] = token }, () => InvitationPendingAsync(owner, id));
        }),
        new("PUT /api/v1/careteam/grants/{id:guid}", async owner =>
        {
            var (grantee, grantId) = await CareTeamSetup.GrantAsync(owner, UserRole.Caregiver, "mood");
            return new Seeded(new Dictionary<string, string> { ["id"] = grantId.ToString() }, () => StillSharesAsync(grantee, owner, "mood"));
        }),
        new("DELETE /api/v1/careteam/grants/{id:guid}", async owner =>
        {
            var (grantee, grantId) = await CareTeamSetup.GrantAsync(owner, UserRole.Caregiver, "mood");
            return new Seeded(new Dictionary<string, string> { ["id"] = grantId.ToString() }, () => StillSharesAsync(grantee, owner, "mood"));
        }),
        new("GET /api/v1/careteam/patients/{patientId:guid}/summary", async owner =>
        {
            var (grantee, _) = await CareTeamSetup.GrantAsync(owner, UserRole.Caregiver, "mood");
            return new Seeded(new Dictionary<string, string> { ["patientId"] = owner.Id.ToString() }, () => StillSharesAsync(grantee, owner, "mood"));
        }),
        new("GET /api/v1/careteam/patients/{patientId:guid}/export", async owner =>
        {
            var (grantee, _) = await CareTeamSetup.GrantAsync(owner, UserRole.Caregiver, "mood");
            return new Seeded(new Dictionary<string, string> { ["patientId"] = owner.Id.ToString() }, () => StillSharesAsync(grantee, owner, "mood"));
        }),
        new("GET /api/v1/careteam/patients/{patientId:guid}/notes", async owner =>
        {
            var (therapist, _) = await CareTeamSetup.GrantAsync(owner, UserRole.Therapist, "mood");
            return new Seeded(new Dictionary<string, string> { ["patientId"] = owner.Id.ToString() }, () => StillSharesAsync(therapist, owner, "mood"));
        }),
        new("POST /api/v1/careteam/patients/{patientId:guid}/notes", async owner =>
        {
            var (therapist, _) = await CareTeamSetup.GrantAsync(owner, UserRole.Therapist, "mood");
            return new Seeded(new Dictionary<string, string> { ["patientId"] = owner.Id.ToString() }, () => StillSharesAsync(therapist, owner, "mood"));
        }),
        new("* /care-team/accept/{token}", async owner =>
        {
            var (id, token) = await CareTeamSetup.InviteAsync(owner, UserRole.Caregiver, ["mood"]);
            return new Seeded(new Dictionary<string, string> { ["token"] = token }, () => InvitationPendingAsync(owner, id));
        }),
        new("* /care-team/patients/{patientId:guid}", async owner =>
        {
            var (grantee, _) = await CareTeamSetup.GrantAsync(owner, UserRole.Caregiver, "mood");
            return new Seeded(new Dictionary<string, string> { ["patientId"] = owner.Id.ToString() }, () => StillSharesAsync(grantee, owner, "mood"));
        }),
        new("GET /api/v1/clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
        new("PUT /api/v1/clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
        new("DELETE /api/v1/clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
        new("* /clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
        .. TaperCrossUserSeeds.Entries,
        .. PainCrossUserSeeds.Entries,
        .. SessionsCrossUserSeeds.Entries,
        new("GET /api/v1/checkins/{id:guid}", JourneySeeds.CheckInAsync),
        new("PUT /api/v1/checkins/{id:guid}", JourneySeeds.CheckInAsync),
        new("DELETE /api/v1/checkins/{id:guid}", JourneySeeds.CheckInAsync),
        new("PUT /api/v1/checkin-tags/{id:guid}", JourneySeeds.CheckInTagAsync),
        new("DELETE /api/v1/checkin-tags/{id:guid}", JourneySeeds.CheckInTagAsync),
        new("GET /api/v1/questionnaires/responses/{id:guid}", JourneySeeds.QuestionnaireResponseAsync),
        new("POST /api/v1/questionnaires/responses/{id:guid}/thoughts-right-now", JourneySeeds.Phq9AskingRightNowAsync),
        new("* /questionnaires/responses/{id:guid}/right-now", JourneySeeds.Phq9AskingRightNowAsync),
        new("POST /api/v1/alerts/{id:guid}/acknowledge", JourneySeeds.OpenAlertAsync),
    ];

    private static async Task<bool> InvitationPendingAsync(TestUser owner, Guid invitationId)
    {
        var pending = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/invitations", Ct);
        return pending.EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == invitationId);
    }

    private static async Task<bool> StillSharesAsync(TestUser grantee, TestUser patient, string scope)
    {
        var patients = await grantee.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/patients", Ct);
        return patients.EnumerateArray().Any(p => p.GetProperty("patientId").GetGuid() == patient.Id
            && p.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).SequenceEqual([scope]));
    }

    /// <summary>A clinic checklist owned by A; intact means A still reads it with the same name, answer and notes.</summary>
    private static async Task<Seeded> SeedClinicChecklistAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/clinic-checklists", new
        {
            clinicName = "Owner's clinic",
            answers = new[] { new { question = "licensed", answer = "yes", notes = "owner's note" } },
        }, Ct);
        created.EnsureSuccessStatusCode();
        var id = (await HttpAssertions.ReadJsonAsync(created)).GetProperty("id").GetGuid();
        return new Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var read = await owner.Client.GetAsync($"/api/v1/clinic-checklists/{id}", Ct);
                if (!read.IsSuccessStatusCode)
                {
                    return false;
                }

                var body = await HttpAssertions.ReadJsonAsync(read);
                var first = body.GetProperty("answers")[0];
                return body.GetProperty("clinicName").GetString() == "Owner's clinic"
                    && first.GetProperty("answer").GetString() == "yes"
                    && first.GetProperty("notes").GetString() == "owner's note";
            });
    }
}
