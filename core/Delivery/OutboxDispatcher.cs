using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;

namespace PortfolioBot.Core.Delivery;

/// <summary>
/// Sends due outbox messages through the channel's <see cref="INotificationSender"/>. A BackgroundService rather
/// than a Quartz job: it is a continuous loop whose pace is set by the rate limiters and retry times, it needs
/// no schedule or persistence of its own (the outbox is the persistence), and it runs on its own task so it
/// never blocks the handling of incoming updates. See the Delivery section of README.md for the exact guarantee.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, TimeProvider time, DeliveryLimiter limiter, QuietHours quiet,
    IOptions<DeliveryOptions> options, IServiceProviderIsService registered, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private long _batches;
    private long _pausedUntilTicks;

    /// <summary>This dispatcher's name in <see cref="OutboxMessage.ClaimedBy"/>: host, process and a random part.</summary>
    public string InstanceId { get; } =
        $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..12]}";

    private DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Delivery is disabled (Delivery:Enabled = false); the outbox is not being sent.");
            return;
        }
        if (!ChannelAvailable()) return;
        await Task.Yield();
        using var workers = new SemaphoreSlim(options.Value.MaxParallelChats);
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                // The next batch is claimed while the last one's sends are still going (see OutboxDispatcher.Batches.cs).
                await RoomForBatchAsync().WaitAsync(stoppingToken);
                var batch = await ClaimBatchAsync(stoppingToken);
                claimed = batch?.Messages.Count ?? 0;
                if (batch is not null) Enqueue(batch, workers, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch failed; trying again after the poll interval");
            }
            if (claimed > 0) continue;
            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        // Stopping: the sends in flight finish and are recorded, the rest is given back to the outbox.
        await AllChatsServedAsync();
    }

    /// <summary>
    /// An admin-only host, or a bot without a token, has no working channel: leave the outbox to a host that has
    /// one instead of failing its messages.
    /// </summary>
    private bool ChannelAvailable()
    {
        if (!registered.IsService(typeof(INotificationSender)))
        {
            logger.LogWarning("No notification channel is registered (AddNotificationDelivery); this host does not deliver the outbox.");
            return false;
        }
        try
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<INotificationSender>();
            return true;
        }
        catch (InvalidOperationException ex)
        {
            logger.LogWarning("The notification channel is not available ({Reason}); this host does not deliver the outbox.", ex.Message);
            return false;
        }
    }

    internal static string RecipientKey(OutboxMessage m) => m.TeacherId is { } t ? $"t:{t}" : $"s:{m.StaffMemberId}";

    private async Task DeliverAsync(long id, string recipientKey, string token, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            var message = await db.Outbox.FirstOrDefaultAsync(m => m.Id == id && m.ClaimedBy == token, CancellationToken.None);
            if (message is null || message.Status != OutboxStatus.Pending) return;

            if (await HoldBackAsync(db, message)) return;
            var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
            // Disposed without Completed (not sent after all): the place goes back at once.
            using var permit = await limiter.WaitAsync(recipientKey, stoppingToken);
            if (!await OutboxClaims.BeginSendingAsync(db, id, token, UtcNow, options.Value.Lease, CancellationToken.None)) return;

            // From here on the outcome is recorded whatever happens to the host: no stopping token.
            db.ChangeTracker.Clear();
            message = await db.Outbox.FirstAsync(m => m.Id == id, CancellationToken.None);
            DeliveryResult result;
            try
            {
                result = await SendAsync(sender, message);
            }
            finally
            {
                // The response arrived (or the send failed): the message holds its place for one window from now.
                permit.Completed();
            }
            await RecordAsync(db, message, result);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping while waiting for a permit: the claim is released by the batch.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Delivering outbox message {MessageId} failed", id);
        }
    }

    private async Task<DeliveryResult> SendAsync(INotificationSender sender, OutboxMessage message)
    {
        using var timeout = new CancellationTokenSource(options.Value.SendTimeout, time);
        try
        {
            return await sender.SendAsync(message, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new DeliveryResult.Transient($"Timed out after {options.Value.SendTimeoutSeconds} s.");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The notification sender threw for outbox message {MessageId}", message.Id);
            return new DeliveryResult.Transient(ex.Message);
        }
    }
}
