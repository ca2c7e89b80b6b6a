using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lantern.Web.Platform.Data;

/// <summary>Ready means the database answers. Liveness does not depend on it.</summary>
internal sealed class DatabaseHealthCheck(LanternDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database is not reachable.");
}
