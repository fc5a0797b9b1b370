using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// Forgets handled inbox events after a week: Telegram redelivers an update for at most 24 hours, so older
/// rows only grow the table. Unhandled ones stay until handled.
/// </summary>
public sealed class InboxPruner(IServiceScopeFactory scopes, TimeProvider time, ILogger<InboxPruner> logger) : BackgroundService
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(7);
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    public async Task<int> PruneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime - KeepFor;
        return await db.Inbox.Where(e => e.HandledAt != null && e.HandledAt < cutoff).ExecuteDeleteAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var removed = await PruneAsync(stoppingToken);
                    logger.LogDebug("Pruned {Count} handled inbox events", removed);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Pruning the inbox failed; trying again later");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
