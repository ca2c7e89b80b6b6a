using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantern.Bench;

/// <summary>
/// The database engine's own rate of one-row durable commits on the same disk and settings the app uses (SQLite: WAL
/// and synchronous=FULL; PostgreSQL: its own settings), one connection, a prepared insert: the ceiling a check-in save
/// can approach. Prints commits per second.
/// </summary>
internal static class CommitRate
{
    public static async Task<int> MeasureAsync(string provider, string target, double seconds)
    {
        var count = provider == "sqlite" ? await SqliteAsync(target, seconds) : await PostgresAsync(target, seconds);
        Console.WriteLine((count / seconds).ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }

    private static async Task<long> SqliteAsync(string directory, double seconds)
    {
        var file = Path.Combine(directory, "commit-rate.db");
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);";
            await setup.ExecuteNonQueryAsync();
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (v) VALUES ($v)";
        var value = insert.Parameters.Add("$v", SqliteType.Text);
        var count = await RunAsync(seconds, async () =>
        {
            value.Value = "one row";
            await insert.ExecuteNonQueryAsync(); // autocommit: one durable commit per row
        });
        File.Delete(file);
        return count;
    }

    private static async Task<long> PostgresAsync(string connectionString, double seconds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var setup = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS bench_commit_rate (id bigserial PRIMARY KEY, v text NOT NULL)", connection))
        {
            await setup.ExecuteNonQueryAsync();
        }

        await using var insert = new NpgsqlCommand("INSERT INTO bench_commit_rate (v) VALUES ($1)", connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = "one row" });
        await insert.PrepareAsync();
        var count = await RunAsync(seconds, async () => await insert.ExecuteNonQueryAsync());
        await using var drop = new NpgsqlCommand("DROP TABLE bench_commit_rate", connection);
        await drop.ExecuteNonQueryAsync();
        return count;
    }

    private static async Task<long> RunAsync(double seconds, Func<Task> commit)
    {
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await commit();
            count++;
        }

        return count;
    }
}
