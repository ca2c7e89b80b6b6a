using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lantern.Web.Platform.Data;

/// <summary>
/// Sets WAL and synchronous=FULL on every SQLite connection EF opens. <c>synchronous</c> is per
/// connection and pooled connections are reused, so it must be set on each open, not once.
/// WAL+FULL syncs the log on every commit: an acknowledged journal entry survives power loss.
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
