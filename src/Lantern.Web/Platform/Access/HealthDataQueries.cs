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
        if (sharing.Count == 0)
        {
            return records.Where(r => r.PatientId == userId);
        }

        // One IN list, not "own OR shared": an OR across two terms keeps SQLite from using the PatientId index and it
        // reads the whole table instead (measured: a caseload read went from 113 ms to under 1 ms with a year of data).
        // The list goes as one array parameter (json_each on SQLite, = ANY on PostgreSQL), not EF Core 10's default of
        // one parameter per id: a query that filters several subqueries through here (the caseload) otherwise sent
        // hundreds of parameters, and preparing and binding them was a third of its CPU (bench/results, 2026-12-07).
        var visible = sharing.Append(userId).ToArray();
        return records.Where(r => EF.Parameter(visible).Contains(r.PatientId));
    }

    /// <summary>Rows the caller owns; the only rows they may change.</summary>
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> records, AccessContext access)
        where T : class, IPatientOwned
    {
        var userId = access.UserId;
        return records.Where(r => r.PatientId == userId);
    }
}
