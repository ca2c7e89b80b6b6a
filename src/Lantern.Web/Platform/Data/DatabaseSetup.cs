using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform.Data;

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="LanternDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddLanternDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Lantern");

        services.AddSingleton<Access.OwnRecordsGuard>();
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Lantern is empty.");
            }

            services.AddPooledDbContextFactory<PostgresLanternDbContext>((sp, o) =>
                o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<Access.OwnRecordsGuard>()));
            AddPooledContexts<PostgresLanternDbContext>(services);
        }
        else
        {
            services.AddSingleton<SqliteDurabilityInterceptor>();
            services.AddPooledDbContextFactory<SqliteLanternDbContext>((sp, o) =>
            {
                var lantern = sp.GetRequiredService<IOptions<LanternOptions>>().Value;
                var dataDirectory = LanternOptions.ResolveDataDirectory(lantern, environment.ContentRootPath);
                var sqlite = string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(dataDirectory, "lantern.db")}"
                    : connectionString;
                o.UseSqlite(sqlite).AddInterceptors(sp.GetRequiredService<SqliteDurabilityInterceptor>(), sp.GetRequiredService<Access.OwnRecordsGuard>());
            });
            AddPooledContexts<SqliteLanternDbContext>(services);
        }

        return services;
    }

    /// <summary>
    /// Contexts come from one pool whose options are built once: a request's <see cref="LanternDbContext"/> is rented
    /// for its scope and returned, clean, when the scope ends; code outside a request (the session store) rents one
    /// through <see cref="IDbContextFactory{LanternDbContext}"/> without building a service scope.
    /// </summary>
    private static void AddPooledContexts<TContext>(IServiceCollection services) where TContext : LanternDbContext
    {
        services.AddScoped<LanternDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton<IDbContextFactory<LanternDbContext>>(sp => new LanternContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
    }

    private sealed class LanternContextFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<LanternDbContext>
        where TContext : LanternDbContext
    {
        public LanternDbContext CreateDbContext() => pool.CreateDbContext();
    }

    /// <summary>
    /// Creates the data directory, applies migrations, then reads the durability settings back from the
    /// database. Unsafe settings stop start-up in Production and are logged loudly elsewhere.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var lantern = services.GetRequiredService<IOptions<LanternOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Lantern.Database");
        Directory.CreateDirectory(LanternOptions.ResolveDataDirectory(lantern, app.Environment.ContentRootPath));

        var db = services.GetRequiredService<LanternDbContext>();
        // Only when something is pending: migrating an up-to-date database still builds the migrations' model and
        // compares it with the app's (DatabaseTests holds that no model change is ever left without a migration).
        if (options.MigrateOnStartup && (await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }

        var report = await DurabilityCheck.InspectAsync(db, ct);
        if (!report.IsSafe)
        {
            var problems = string.Join(" ", report.Problems);
            Log.DatabaseUnsafe(logger, problems);
            if (app.Environment.IsProduction())
            {
                throw new InvalidOperationException($"Refusing to start with unsafe database durability: {problems}");
            }
        }

        Log.DatabaseReady(logger, report.Provider, string.Join(", ", report.Settings.Select(kv => $"{kv.Key}={kv.Value}")));
    }
}
