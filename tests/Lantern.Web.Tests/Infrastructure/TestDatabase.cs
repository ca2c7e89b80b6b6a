using Npgsql;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// A real, throw-away database for one test app: a SQLite file in a temp directory, or a fresh
/// PostgreSQL database on the cluster test.sh starts. Chosen by LANTERN_TEST_DB (Sqlite | Postgres).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string provider, string? connectionString, string dataDirectory, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _postgresDatabase = postgresDatabase;
    }

    private readonly string? _postgresDatabase;

    public string Provider { get; }

    /// <summary>Null for SQLite: the app puts lantern.db in <see cref="DataDirectory"/> itself.</summary>
    public string? ConnectionString { get; }

    public string DataDirectory { get; }

    public bool IsPostgres => Provider == "Postgres";

    public static string SelectedProvider =>
        string.Equals(Environment.GetEnvironmentVariable("LANTERN_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase) ? "Postgres" : "Sqlite";

    public static TestDatabase Create(string? sharedDatabaseName = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "lantern-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (SelectedProvider != "Postgres")
        {
            return new TestDatabase("Sqlite", null, dataDirectory, null);
        }

        var server = Environment.GetEnvironmentVariable("LANTERN_TEST_PG")
            ?? throw new InvalidOperationException("LANTERN_TEST_DB=Postgres needs LANTERN_TEST_PG (test.sh sets it).");
        var name = sharedDatabaseName ?? "lantern_t_" + Guid.NewGuid().ToString("N")[..16];
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, dataDirectory, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("LANTERN_TEST_PG")) { Database = "postgres" };
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing host is not worth failing a test over.
        }
    }
}
