using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Access;

/// <summary>
/// The chokepoint's grant rules against the real database: a grant counts only while it is live, for
/// the scopes granted, and only for a grantee with two-factor on.
/// </summary>
public sealed class HealthDataAccessTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Grant_LiveWithTwoFactor_SharesExactlyTheGrantedScopes()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        await AddGrantAsync(patient.Id, caregiver.Id, AccessScope.Mood | AccessScope.Alerts);

        var access = await ContextForAsync(caregiver.Id);

        Assert.True(access.CanRead(patient.Id, AccessScope.Mood));
        Assert.True(access.CanRead(patient.Id, AccessScope.Alerts));
        Assert.False(access.CanRead(patient.Id, AccessScope.Journal));
        Assert.False(access.CanRead(patient.Id, AccessScope.Questionnaires));
        Assert.Equal([patient.Id], access.PatientsSharing(AccessScope.Mood));
    }

    [Fact]
    public async Task Grant_GranteeWithoutTwoFactor_SharesNothing()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver, twoFactor: false);
        await AddGrantAsync(patient.Id, caregiver.Id, AccessScopes.All);

        var access = await ContextForAsync(caregiver.Id);

        Assert.False(access.CanRead(patient.Id, AccessScope.Mood));
        Assert.Empty(access.SharedWithMe);
    }

    [Fact]
    public async Task Grant_RevokedOrExpired_SharesNothing()
    {
        var patient = await TestUser.CreateAsync(app);
        var revokedCaregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var expiredTherapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        var now = app.Time.GetUtcNow();
        await AddGrantAsync(patient.Id, revokedCaregiver.Id, AccessScope.Mood, revokedAt: now);
        await AddGrantAsync(patient.Id, expiredTherapist.Id, AccessScope.Mood, expiresAt: now.AddMinutes(5));
        app.Time.Advance(TimeSpan.FromMinutes(6));

        Assert.False((await ContextForAsync(revokedCaregiver.Id)).CanRead(patient.Id, AccessScope.Mood));
        Assert.False((await ContextForAsync(expiredTherapist.Id)).CanRead(patient.Id, AccessScope.Mood));
    }

    [Fact]
    public async Task Owner_AlwaysReadsOwnRecords_NeverAnotherPatients()
    {
        var patient = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);

        var access = await ContextForAsync(patient.Id);

        Assert.True(access.CanRead(patient.Id, AccessScope.Journal));
        Assert.False(access.CanRead(other.Id, AccessScope.Mood));
    }

    private async Task AddGrantAsync(Guid patientId, Guid granteeId, AccessScope scopes, DateTimeOffset? revokedAt = null, DateTimeOffset? expiresAt = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        db.CareGrants.Add(new CareGrant
        {
            PatientId = patientId,
            GranteeId = granteeId,
            Scopes = scopes,
            CreatedAt = app.Time.GetUtcNow(),
            RevokedAt = revokedAt,
            ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<AccessContext> ContextForAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var access = ActivatorUtilities.CreateInstance<HealthDataAccess>(scope.ServiceProvider, new FixedUser(userId));
        return await access.GetContextAsync(Ct);
    }

    private sealed class FixedUser(Guid id) : ICurrentUser
    {
        public Guid? UserId => id;
    }
}
