using Lantern.Web.Platform.Sessions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Lantern.Web.Platform.Data;

/// <summary>
/// The one DbContext. Provider-specific subclasses exist only so each provider keeps its own
/// checked-in migration set (Data/Migrations/Sqlite and Data/Migrations/Postgres).
/// </summary>
public abstract class LanternDbContext(DbContextOptions options)
    : IdentityDbContext<LanternUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<CareGrant> CareGrants => Set<CareGrant>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LanternDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditEvent.RejectChangesToExistingEvents(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditEvent.RejectChangesToExistingEvents(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

public sealed class SqliteLanternDbContext(DbContextOptions<SqliteLanternDbContext> options) : LanternDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native instant type and cannot compare DateTimeOffset text in SQL.
        // Every instant we store is UTC, so an ordered 64-bit encoding keeps range queries in the database.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetToTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetToTicksConverter>();
    }
}

public sealed class PostgresLanternDbContext(DbContextOptions<PostgresLanternDbContext> options) : LanternDbContext(options);
