using Lantern.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// Development-only: links the demo caregiver and demo therapist to the demo patient, so the care-team pages show
/// something on a first run. Shared data is only shown to grantees with two-factor sign-in, so both demo accounts
/// get a fixed, published authenticator key (printed in the README) — acceptable only because these accounts exist
/// in Development and hold invented data.
/// </summary>
public sealed class CareTeamDemoData(LanternDbContext db, UserManager<LanternUser> users, IUserStore<LanternUser> store, TimeProvider time) : IDemoData
{
    /// <summary>Base32 keys for an authenticator app, or for <c>oathtool --totp -b KEY</c>.</summary>
    public const string CaregiverAuthenticatorKey = "LANTERNDEMOCAREGIVERKEYS";

    public const string TherapistAuthenticatorKey = "LANTERNDEMOTHERAPISTKEYS";

    /// <summary>The caregiver sees what a support person needs; the therapist also sees questionnaires and notes.</summary>
    public const AccessScope CaregiverScopes = AccessScope.Mood | AccessScope.Sessions | AccessScope.Alerts;

    public const AccessScope TherapistScopes =
        AccessScope.Mood | AccessScope.Questionnaires | AccessScope.Sessions | AccessScope.Alerts | AccessScope.Journal;

    /// <summary>After the patient's own demo records, which the care team is then shown.</summary>
    public int Order => 100;

    public async Task SeedAsync(DemoAccounts accounts, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        var keys = (IUserAuthenticatorKeyStore<LanternUser>)store;
        var members = await db.Users.Where(u => u.Id == accounts.Caregiver.Id || u.Id == accounts.Therapist.Id).ToListAsync(ct);
        foreach (var member in members)
        {
            if (!member.TwoFactorEnabled)
            {
                await keys.SetAuthenticatorKeyAsync(member, member.Role == UserRole.Therapist ? TherapistAuthenticatorKey : CaregiverAuthenticatorKey, ct);
                await users.SetTwoFactorEnabledAsync(member, true);
            }

            if (await db.Set<CareGrant>().AnyAsync(g => g.PatientId == patientId && g.GranteeId == member.Id, ct))
            {
                continue;
            }

            db.Set<CareGrant>().Add(new CareGrant
            {
                PatientId = patientId,
                GranteeId = member.Id,
                Scopes = member.Role == UserRole.Therapist ? TherapistScopes : CaregiverScopes,
                CreatedAt = time.GetUtcNow().AddDays(-60),
            });
            if (member.Role == UserRole.Therapist)
            {
                db.Set<TherapistNote>().Add(new TherapistNote
                {
                    AuthorId = member.Id,
                    PatientId = patientId,
                    Text = "Demo note: talked about sleep routines and what to bring to the next integration session.",
                    CreatedAt = time.GetUtcNow().AddDays(-7),
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
