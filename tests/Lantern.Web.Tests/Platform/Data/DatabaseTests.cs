using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Data;

public sealed class DatabaseTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Durability_EveryConnection_ReportsSafeSettings()
    {
        // Several scopes, so pooled and fresh connections are both checked (REL-02).
        for (var i = 0; i < 5; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();

            var report = await DurabilityCheck.InspectAsync(db, Ct);

            Assert.True(report.IsSafe, string.Join("; ", report.Problems));
            if (app.Database.IsPostgres)
            {
                Assert.Equal("on", report.Settings["fsync"]);
                Assert.Equal("on", report.Settings["full_page_writes"]);
            }
            else
            {
                Assert.Equal("wal", report.Settings["journal_mode"]);
                Assert.Equal("2", report.Settings["synchronous"]);
            }
        }
    }

    [Fact]
    public async Task Durability_EachCommitSetting_OnlyTheDurableOnesPass()
    {
        // PostgreSQL: synchronous_commit on or remote_apply (README); remote_write leaves a synchronous standby's copy
        // in its OS cache. SQLite: synchronous FULL only. Each value is set on this one connection and put back after.
        (string Setting, string Value, bool Safe)[] cases = app.Database.IsPostgres
            ? [("synchronous_commit", "on", true), ("synchronous_commit", "remote_apply", true), ("synchronous_commit", "remote_write", false),
               ("synchronous_commit", "local", false), ("synchronous_commit", "off", false)]
            : [("synchronous", "2", true), ("synchronous", "1", false), ("synchronous", "0", false)];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        try
        {
            foreach (var (setting, value, safe) in cases)
            {
                await ExecuteAsync(db, app.Database.IsPostgres ? $"SET {setting} = {value};" : $"PRAGMA {setting} = {value};");

                var report = await DurabilityCheck.InspectAsync(db, Ct);

                Assert.True(report.IsSafe == safe, $"{setting}={value}: expected {(safe ? "accepted" : "refused")}; problems: {string.Join("; ", report.Problems)}");
            }
        }
        finally
        {
            await ExecuteAsync(db, app.Database.IsPostgres ? "RESET synchronous_commit;" : "PRAGMA synchronous = 2;");
            await db.Database.CloseConnectionAsync();
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only the constant settings of the test above.")]
    private static async Task ExecuteAsync(LanternDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    [Fact]
    public void Migrations_BothProviders_HaveNoPendingModelChanges()
    {
        // The same factories `dotnet ef` uses; no database connection is needed to compare the model.
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite model changed without a migration: run dotnet ef migrations add for SqliteLanternDbContext.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL model changed without a migration: run dotnet ef migrations add for PostgresLanternDbContext.");
    }

    [Fact]
    public async Task Sqlite_PooledAndConcurrentConnections_AllKeepTheirPerConnectionSettings()
    {
        // The PRAGMAs run once per native connection; every connection handed out later, pooled or new, must still
        // have them (REL-02, and foreign keys for the schema's integrity).
        Assert.SkipWhen(app.Database.IsPostgres, "These are SQLite connection settings.");
        for (var round = 0; round < 3; round++)
        {
            var scopes = Enumerable.Range(0, 4).Select(_ => app.Services.CreateAsyncScope()).ToArray();
            try
            {
                var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<LanternDbContext>()).ToArray();
                await Task.WhenAll(contexts.Select(c => c.Database.OpenConnectionAsync(Ct)));
                foreach (var db in contexts)
                {
                    Assert.Equal("2", await PragmaAsync(db, "synchronous"));
                    Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
                    Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
                    Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
                }
            }
            finally
            {
                foreach (var scope in scopes)
                {
                    await scope.DisposeAsync();
                }
            }
        }
    }

    private static async Task<string?> PragmaAsync(LanternDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name + ";";
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Migrations_EmptyDatabase_AppliedAtStartupNothingPending()
    {
        // Other tests start from a pre-migrated copy; this one starts from nothing, as a new install does.
        await using var fresh = new AppOnDatabase(TestDatabase.Create(migrated: false));
        await fresh.InitializeAsync();
        await using var scope = fresh.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Fact]
    public async Task AuditEvents_ChangingOneThroughEf_IsRefused()
    {
        var user = await TestUser.CreateAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var audit = await db.AuditEvents.FirstAsync(e => e.SubjectId == user.Id, Ct);

        db.AuditEvents.Remove(audit);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task AuditEvents_UpdateOrDeleteInSql_IsRefusedByTheDatabase()
    {
        var user = await TestUser.CreateAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var before = await db.AuditEvents.CountAsync(e => e.SubjectId == user.Id, Ct);

        var update = await Record.ExceptionAsync(() => db.AuditEvents.Where(e => e.SubjectId == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Outcome, AuditOutcome.Denied), Ct));
        var delete = await Record.ExceptionAsync(() => db.AuditEvents.Where(e => e.SubjectId == user.Id).ExecuteDeleteAsync(Ct));

        Assert.NotNull(update);
        Assert.NotNull(delete);
        Assert.Contains("append-only", update.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await db.AuditEvents.CountAsync(e => e.SubjectId == user.Id && e.Outcome != AuditOutcome.Denied, Ct));
    }
}
