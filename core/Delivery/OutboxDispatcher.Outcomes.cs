using Microsoft.Extensions.Logging;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Core.Delivery;

/// <summary>What happens to a message around the send: held back before it, recorded after it.</summary>
public sealed partial class OutboxDispatcher
{
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
