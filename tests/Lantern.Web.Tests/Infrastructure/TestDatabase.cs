using Lantern.Web.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// A real, throw-away database for one test app: a SQLite file in a temp directory, or a fresh
/// PostgreSQL database on the cluster test.sh starts. Chosen by LANTERN_TEST_DB (Sqlite | Postgres).
/// Each database starts as a copy of one template this test process migrates once with the app's own
/// checked-in migrations, so a new app host finds its schema already up to date instead of running every
/// migration again; the app still runs its normal start-up migration check against it.
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

    private static string PostgresServer => Environment.GetEnvironmentVariable("LANTERN_TEST_PG")
        ?? throw new InvalidOperationException("LANTERN_TEST_DB=Postgres needs LANTERN_TEST_PG (test.sh sets it).");

    /// <param name="sharedDatabaseName">Two apps given the same name share one PostgreSQL database (scale-out tests).</param>
    /// <param name="migrated">False for a database with no schema at all, for tests of start-up migration itself.</param>
    public static TestDatabase Create(string? sharedDatabaseName = null, bool migrated = true)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "lantern-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (SelectedProvider != "Postgres")
        {
            if (migrated)
            {
                File.Copy(Templates.SqliteFile, Path.Combine(dataDirectory, "lantern.db"));
            }

            return new TestDatabase("Sqlite", null, dataDirectory, null);
        }

        var name = sharedDatabaseName ?? "lantern_t_" + Guid.NewGuid().ToString("N")[..16];
        if (migrated)
        {
            Templates.CreatePostgresCopy(name);
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, dataDirectory, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            var own = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase };
            NpgsqlConnection.ClearPool(new NpgsqlConnection(own.ConnectionString));
            await using var connection = new NpgsqlConnection(Templates.MaintenanceConnectionString);
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

    /// <summary>One migrated template per provider per test process, made on first use and removed at exit.</summary>
    private static class Templates
    {
        private static readonly Lock Gate = new();
        private static string? _sqliteFile;
        private static string? _postgresTemplate;

        public static string MaintenanceConnectionString =>
            new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString;

        public static string SqliteFile
        {
            get
            {
                lock (Gate)
                {
                    return _sqliteFile ??= MigrateSqliteTemplate();
                }
            }
        }

        public static void CreatePostgresCopy(string name)
        {
            string template;
            lock (Gate)
            {
                template = _postgresTemplate ??= MigratePostgresTemplate();
            }

            using var connection = new NpgsqlConnection(MaintenanceConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
            try
            {
                command.ExecuteNonQuery();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // The second app of a shared-database pair: the first already made it.
            }
        }

        private static string MigrateSqliteTemplate()
        {
            var directory = Path.Combine(Path.GetTempPath(), "lantern-tests", "template-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, "lantern.db");
            var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString;
            using (var db = new SqliteLanternDbContext(new DbContextOptionsBuilder<SqliteLanternDbContext>().UseSqlite(connectionString).Options))
            {
                db.Database.Migrate();
                // Fold the write-ahead log into the main file so a plain copy of lantern.db is the whole database.
                db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(directory);
            return file;
        }

        private static string MigratePostgresTemplate()
        {
            var name = "lantern_template_" + Guid.NewGuid().ToString("N")[..16];
            using (var connection = new NpgsqlConnection(MaintenanceConnectionString))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = $"CREATE DATABASE \"{name}\"";
                create.ExecuteNonQuery();
            }

            // No pooling: CREATE DATABASE … TEMPLATE refuses while any session is connected to the template.
            var templateConnection = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = false }.ConnectionString;
            using (var db = new PostgresLanternDbContext(new DbContextOptionsBuilder<PostgresLanternDbContext>().UseNpgsql(templateConnection).Options))
            {
                db.Database.Migrate();
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropPostgres(name);
            return name;
        }

        private static void DropPostgres(string name)
        {
            try
            {
                using var connection = new NpgsqlConnection(MaintenanceConnectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The cluster may already be stopping at the end of the run; test.sh throws it away anyway.
            }
        }

        private static void TryDelete(string directory)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
