namespace Lantern.Web.Platform.Access;

/// <summary>The one filter every read of health records goes through.</summary>
public static class HealthDataQueries
{
    /// <summary>
    /// Rows owned by the caller, plus rows of patients who have a live grant to the caller for
    /// <paramref name="scope"/>. Everything else is invisible, so a wrong id simply finds nothing.
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, AccessContext access, AccessScope scope)
        where T : class, IPatientOwned
    {
        var userId = access.UserId;
        var sharing = access.PatientsSharing(scope);
        return sharing.Count == 0
            ? records.Where(r => r.PatientId == userId)
            : records.Where(r => r.PatientId == userId || sharing.Contains(r.PatientId));
    }

    /// <summary>Rows the caller owns; the only rows they may change.</summary>
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> records, AccessContext access)
        where T : class, IPatientOwned
    {
        var userId = access.UserId;
        return records.Where(r => r.PatientId == userId);
    }
}
