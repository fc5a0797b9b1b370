using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortfolioBot.Core.Evidence;

namespace PortfolioBot.Core.Data;

/// <summary>
/// Creates the data folder, applies committed migrations and switches SQLite to WAL before anything else
/// in the host starts (it is registered first).
/// </summary>
internal sealed class DatabaseInitializer(IServiceProvider services, StoragePaths paths, TimeProvider time, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        paths.EnsureCreated();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        var cleaned = scope.ServiceProvider.GetRequiredService<EvidenceStore>().CleanAbandonedUploads(time.GetUtcNow().UtcDateTime);
        logger.LogInformation("Data folder: {DataDirectory}; database: {Database}; evidence: {Evidence}{Cleaned}",
            paths.DataDirectory, paths.DatabaseFile, paths.EvidenceRoot, cleaned > 0 ? $"; removed {cleaned} abandoned uploads" : "");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
