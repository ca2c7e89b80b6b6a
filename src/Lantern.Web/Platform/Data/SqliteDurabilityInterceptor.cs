using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lantern.Web.Platform.Data;

/// <summary>
/// Sets WAL, synchronous=FULL, foreign keys and the busy timeout on every native SQLite connection EF uses. These are
/// per-connection settings and they live as long as the native handle: the pool hands the same handle out again on the
/// next logical open, so each handle is configured once, the first time it is seen, not on every open.
/// WAL+FULL syncs the log on every commit: an acknowledged journal entry survives power loss.
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    // Keyed by the native handle, so an entry goes when the pool closes the handle and a new handle is always configured.
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsConfigured(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            MarkConfigured(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsConfigured(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            MarkConfigured(connection);
        }
    }

    // Marked only after the settings were applied, so a failed attempt is retried on the next open.
    private bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _configured.TryGetValue(handle, out _);

    private void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.AddOrUpdate(handle, handle);
        }
    }
}
