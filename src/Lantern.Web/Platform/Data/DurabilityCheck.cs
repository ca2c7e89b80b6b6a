using System.Data.Common;

namespace Lantern.Web.Platform.Data;

/// <summary>The durability settings a connection actually reports.</summary>
public sealed record DurabilityReport(string Provider, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<string> Problems)
{
    public bool IsSafe => Problems.Count == 0;
}

/// <summary>
/// Reads durability settings from the live database rather than trusting configuration (REL-02).
/// SQLite must report journal_mode=wal and synchronous=2 (FULL); PostgreSQL must report fsync=on,
/// synchronous_commit on or remote_apply, and full_page_writes=on. <c>remote_write</c> is refused: the synchronous
/// standby acknowledges a commit once its operating system has it, before it is on disk, so failing over after that
/// standby's machine crashed can lose writes people were told were saved.
/// </summary>
public static class DurabilityCheck
{
    public static async Task<DurabilityReport> InspectAsync(LanternDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var mustClose = connection.State != System.Data.ConnectionState.Open;
        if (mustClose)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            return db.Database.IsSqlite()
                ? await InspectSqliteAsync(connection, ct)
                : await InspectPostgresAsync(connection, ct);
        }
        finally
        {
            if (mustClose)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<DurabilityReport> InspectSqliteAsync(DbConnection connection, CancellationToken ct)
    {
        var journal = await ScalarAsync(connection, "PRAGMA journal_mode;", ct);
        var synchronous = await ScalarAsync(connection, "PRAGMA synchronous;", ct);
        var problems = new List<string>();
        if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"SQLite journal_mode is '{journal}', expected 'wal'.");
        }

        if (synchronous != "2")
        {
            problems.Add($"SQLite synchronous is '{synchronous}', expected 2 (FULL).");
        }

        return new DurabilityReport("Sqlite",
            new Dictionary<string, string> { ["journal_mode"] = journal, ["synchronous"] = synchronous }, problems);
    }

    private static async Task<DurabilityReport> InspectPostgresAsync(DbConnection connection, CancellationToken ct)
    {
        var fsync = await ScalarAsync(connection, "SHOW fsync;", ct);
        var synchronousCommit = await ScalarAsync(connection, "SHOW synchronous_commit;", ct);
        var fullPageWrites = await ScalarAsync(connection, "SHOW full_page_writes;", ct);
        var problems = new List<string>();
        if (fsync != "on")
        {
            problems.Add($"PostgreSQL fsync is '{fsync}', expected 'on'.");
        }

        if (synchronousCommit is not ("on" or "remote_apply"))
        {
            problems.Add($"PostgreSQL synchronous_commit is '{synchronousCommit}', expected 'on' or 'remote_apply'.");
        }

        if (fullPageWrites != "on")
        {
            problems.Add($"PostgreSQL full_page_writes is '{fullPageWrites}', expected 'on'.");
        }

        return new DurabilityReport("Postgres", new Dictionary<string, string>
        {
            ["fsync"] = fsync,
            ["synchronous_commit"] = synchronousCommit,
            ["full_page_writes"] = fullPageWrites,
        }, problems);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only called with the constant PRAGMA/SHOW statements above.")]
    private static async Task<string> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(ct);
        return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
