using Microsoft.Extensions.Diagnostics.HealthChecks;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Admin.Health;

/// <summary>Healthy when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(PortfolioDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
