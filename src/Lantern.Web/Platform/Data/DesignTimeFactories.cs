using Microsoft.EntityFrameworkCore.Design;

namespace Lantern.Web.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteLanternDbContext</c> run without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLanternDbContext>
{
    public SqliteLanternDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLanternDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresLanternDbContext</c> run without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLanternDbContext>
{
    public PostgresLanternDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLanternDbContext>().UseNpgsql("Host=localhost;Database=lantern_design").Options);
}
