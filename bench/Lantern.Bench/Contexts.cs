using Lantern.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Bench;

/// <summary>The app's own DbContext for either provider, as the app builds it (same model, same migrations).</summary>
internal static class Contexts
{
    public static LanternDbContext Create(string provider, string target) => provider switch
    {
        "sqlite" => new SqliteLanternDbContext(new DbContextOptionsBuilder<SqliteLanternDbContext>()
            .UseSqlite($"Data Source={Path.Combine(target, "lantern.db")}").Options),
        "postgres" => new PostgresLanternDbContext(new DbContextOptionsBuilder<PostgresLanternDbContext>()
            .UseNpgsql(target).Options),
        _ => throw new ArgumentException($"Unknown provider '{provider}': sqlite or postgres.", nameof(provider)),
    };
}
