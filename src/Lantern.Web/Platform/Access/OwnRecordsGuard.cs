using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lantern.Web.Platform.Access;

/// <summary>
/// Health records are kept by the person in treatment: a caregiver or therapist account may add to a patient's records
/// where the patient allowed it (a support person's check, a therapist's note), but never start records of its own, such
/// as a PHQ-9 or a check-in "about itself". Checked here, where every handler's new records are saved, so a new feature
/// cannot forget it: a save that adds a record owned by the signed-in user is refused with
/// <see cref="PatientOnlyException"/> (403) unless that user is a patient or the record type is
/// <see cref="KeptByAnyRoleAttribute"/>. Work outside a request (demo seeding, background jobs) is not a person writing.
/// </summary>
public sealed class OwnRecordsGuard(IHttpContextAccessor http) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (OwnNewRecordsOf(eventData.Context) is { } userId
            && eventData.Context!.Set<LanternUser>().Where(u => u.Id == userId).Select(u => u.Role).FirstOrDefault() != UserRole.Patient)
        {
            throw new PatientOnlyException();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (OwnNewRecordsOf(eventData.Context) is { } userId
            && await eventData.Context!.Set<LanternUser>().Where(u => u.Id == userId).Select(u => u.Role).FirstOrDefaultAsync(cancellationToken) != UserRole.Patient)
        {
            throw new PatientOnlyException();
        }

        return result;
    }

    /// <summary>The signed-in user when this save adds a record owned by them, else null (nothing to check).</summary>
    private Guid? OwnNewRecordsOf(DbContext? db)
    {
        if (db is null || http.HttpContext?.User.GetUserId() is not { } userId)
        {
            return null;
        }

        return db.ChangeTracker.Entries<IPatientOwned>().Any(e => e.State == EntityState.Added
                && e.Entity.PatientId == userId
                && !Attribute.IsDefined(e.Entity.GetType(), typeof(KeptByAnyRoleAttribute)))
            ? userId
            : null;
    }
}

/// <summary>A record any signed-in person may keep for themselves (a caregiver comparing clinics), exempt from <see cref="OwnRecordsGuard"/>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KeptByAnyRoleAttribute : Attribute;

/// <summary>A caregiver or therapist account tried to keep a patient's kind of record for itself; answered 403.</summary>
public sealed class PatientOnlyException() : Exception("Only the person in treatment keeps these records.");
