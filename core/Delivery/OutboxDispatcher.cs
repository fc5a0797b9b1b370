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
/// never blocks the handling of incoming updates. See README-reminders.md for the delivery guarantee.
/// </summary>
public sealed class OutboxDispatcher(
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
        if (!registered.IsService(typeof(INotificationSender)))
        {
            // An admin-only host: leave the outbox to a host that has the channel, instead of failing its messages.
            logger.LogWarning("No notification channel is registered (AddTelegramDelivery); this host does not deliver the outbox.");
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await DispatchOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch failed; trying again after the poll interval");
            }
            if (handled > 0) continue;
            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Claims one batch of due messages and delivers it; returns how many were claimed.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var token = $"{InstanceId}#{Interlocked.Increment(ref _batches)}";
        List<OutboxMessage> batch;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            var failed = await OutboxClaims.FailInDoubtAsync(db, UtcNow, stoppingToken);
            if (failed > 0) logger.LogWarning("{Count} outbox messages were in doubt after a dispatcher stopped mid-send; marked failed, not resent", failed);
            batch = await OutboxClaims.ClaimAsync(db, token, UtcNow, o.Lease, o.BatchSize, stoppingToken);
        }
        if (batch.Count == 0) return 0;
        try
        {
            // One task per recipient keeps each chat's messages in order; the limiters pace them all.
            var chats = batch.GroupBy(RecipientKey).ToList();
            await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = o.MaxParallelChats }, async (chat, _) =>
            {
                foreach (var message in chat)
                {
                    if (stoppingToken.IsCancellationRequested) return;
                    await DeliverAsync(message.Id, chat.Key, token, stoppingToken);
                }
            });
        }
        finally
        {
            // Whatever was claimed but not started goes back at once, so a restart does not wait for the lease.
            await using var scope = scopes.CreateAsyncScope();
            await OutboxClaims.ReleaseUnstartedAsync(scope.ServiceProvider.GetRequiredService<PortfolioDbContext>(), token, CancellationToken.None);
        }
        return batch.Count;
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
            if (!await limiter.WaitAsync(recipientKey, stoppingToken)) return;
            if (!await OutboxClaims.BeginSendingAsync(db, id, token, UtcNow, options.Value.Lease, CancellationToken.None)) return;

            // From here on the outcome is recorded whatever happens to the host: no stopping token.
            db.ChangeTracker.Clear();
            message = await db.Outbox.FirstAsync(m => m.Id == id, CancellationToken.None);
            var result = await SendAsync(scope.ServiceProvider, message);
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

    /// <summary>Quiet hours, a blocked recipient and a channel-wide retry_after hold a message back unsent.</summary>
    private async Task<bool> HoldBackAsync(PortfolioDbContext db, OutboxMessage message)
    {
        var now = UtcNow;
        var recipient = await Recipient.LoadAsync(db, message, CancellationToken.None);
        var allowed = quiet.NextAllowed(now, recipient.TimeZoneId);
        var paused = new DateTime(Interlocked.Read(ref _pausedUntilTicks), DateTimeKind.Utc);
        if (allowed > now) message.Postpone(allowed);
        else if (!recipient.Reachable) message.MarkUnreachable("The recipient blocked the bot; delivery stopped until they write again.");
        else if (paused > now) message.Postpone(paused, "Waiting for the channel's retry_after.");
        else return false;
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    private async Task<DeliveryResult> SendAsync(IServiceProvider services, OutboxMessage message)
    {
        var sender = services.GetService<INotificationSender>();
        if (sender is null) return new DeliveryResult.Transient("No notification channel is configured in this host.");
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

    private async Task RecordAsync(PortfolioDbContext db, OutboxMessage message, DeliveryResult result)
    {
        var o = options.Value;
        var now = UtcNow;
        switch (result)
        {
            case DeliveryResult.Sent:
                message.MarkSent(now);
                break;
            case DeliveryResult.RetryAfter r:
                // Telegram's 429 is about the bot as a whole: every chat waits, not just this one.
                var until = now + r.Delay;
                Interlocked.Exchange(ref _pausedUntilTicks, Math.Max(Interlocked.Read(ref _pausedUntilTicks), until.Ticks));
                message.Postpone(until, $"Rate limited by the channel: retry after {r.Delay.TotalSeconds:0.#} s.");
                break;
            case DeliveryResult.Transient t when message.Attempts + 1 >= o.MaxAttempts:
                message.MarkFailed($"Gave up after {message.Attempts + 1} attempts: {t.Error}");
                break;
            case DeliveryResult.Transient t:
                message.RetryAt(now + RetryPolicy.Delay(message.Attempts + 1, o), t.Error);
                break;
            case DeliveryResult.Unreachable u:
                message.MarkUnreachable(u.Error);
                await Recipient.MarkUnreachableAsync(db, message, now);
                break;
            case DeliveryResult.Rejected r:
                message.MarkFailed($"Rejected by the channel: {r.Error}");
                break;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        if (result is not DeliveryResult.Sent) logger.LogInformation("Outbox message {MessageId} ({Kind}): {Result}", message.Id, message.Kind, result);
    }
}
