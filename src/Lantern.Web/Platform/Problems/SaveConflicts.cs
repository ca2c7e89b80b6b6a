namespace Lantern.Web.Platform.Problems;

/// <summary>Saving when another request may have changed the same rows first.</summary>
public static class SaveConflicts
{
    /// <summary>
    /// Saves the context's changes. When the database refuses them because a concurrent request got there first (a
    /// unique index, a concurrency token), nothing was saved and <paramref name="conflict"/> is thrown instead;
    /// <paramref name="wasRace"/>, when given, confirms it was that race and not some other failure, which is rethrown.
    /// </summary>
    public static async Task SaveChangesOrConflictAsync(this DbContext db, Func<ConflictException> conflict, CancellationToken ct,
        Func<DbUpdateException, Task<bool>>? wasRace = null)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException failure)
        {
            if (wasRace is null || await wasRace(failure))
            {
                throw conflict();
            }

            throw;
        }
    }
}
