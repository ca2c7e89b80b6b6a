namespace Lantern.Web.Features.CareTeam;

public sealed record UpdateGrantRequest(IReadOnlyList<string>? Scopes, DateOnly? EndsOn, bool ClearEnd = false);

/// <summary>
/// The patient changes what a grant shares or when it ends. Only the patient who gave the grant can change it;
/// anyone else gets not-found.
/// </summary>
public sealed class UpdateGrantHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, TimeProvider time)
{
    public async Task HandleAsync(Guid grantId, UpdateGrantRequest request, string patientTimeZone, CancellationToken ct)
    {
        var grant = await db.FindOwnGrantAsync(access, grantId, ct);
        if (request.Scopes is null || request.Scopes.Count == 0 || !AccessScopes.TryParse(request.Scopes, out var scopes) || scopes == AccessScope.None)
        {
            throw new ValidationFailedException("scopes", "Choose at least one kind of information, or stop sharing instead.");
        }

        var today = LocalTime.Today(time, patientTimeZone);
        if (request.EndsOn is { } endsOn && endsOn <= today)
        {
            throw new ValidationFailedException("endsOn", "Choose an end date after today.");
        }

        grant.Scopes = scopes;
        grant.ExpiresAt = request.EndsOn is { } day ? LocalTime.EndOfDay(day, patientTimeZone) : request.ClearEnd ? null : grant.ExpiresAt;
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.GrantChanged, grant.PatientId, grant.PatientId, nameof(CareGrant), grant.Id.ToString(), AuditOutcome.Success);
    }
}
