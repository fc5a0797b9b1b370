using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Bot.Delivery;

/// <summary>
/// Delivers outbox messages through the registered <see cref="IChatChannel"/>: finds the recipient's (teacher's or
/// staff member's) account on that channel, renders in the account's language and sends with a single attempt,
/// because the outbox dispatcher owns retries, backoff and rate limits. The channel's failure becomes a
/// <see cref="DeliveryResult"/>: retry-after, transient, unreachable or rejected.
/// </summary>
public sealed class ChatNotificationSender(
    PortfolioDbContext db, IChatChannel channel, SchoolCalendar calendar, IOptions<AdminLinkOptions> admin) : INotificationSender
{
    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var account = await FindAccountAsync(message, ct);
        if (account is null) return new DeliveryResult.Unreachable($"No linked {channel.Name} account.");

        OutgoingMessage rendered;
        try
        {
            rendered = NotificationRenderer.Render(message, account.Language, calendar.Today(), admin.Value.ReviewQueueUrl);
        }
        catch (Exception ex) when (ex is NotSupportedException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return new DeliveryResult.Rejected($"Cannot render: {ex.Message}");
        }

        try
        {
            await channel.SendOnceAsync(account.ChatId, rendered, ct);
            return new DeliveryResult.Sent();
        }
        catch (ChatDeliveryException ex)
        {
            return ex.Failure switch
            {
                ChatDeliveryFailure.RetryAfter => new DeliveryResult.RetryAfter(ex.RetryAfter ?? TimeSpan.FromSeconds(5)),
                ChatDeliveryFailure.Transient => new DeliveryResult.Transient(ex.Message),
                // Blocked the bot, deactivated, chat gone: none heals by retrying.
                ChatDeliveryFailure.Unreachable => new DeliveryResult.Unreachable(ex.Message),
                _ => new DeliveryResult.Rejected(ex.Message),
            };
        }
    }

    /// <summary>The recipient's account on this channel; a reachable one first, then the most recently seen.</summary>
    private Task<ChatAccount?> FindAccountAsync(OutboxMessage message, CancellationToken ct) =>
        db.ChatAccountsOf(message).AsNoTracking().Where(a => a.Channel == channel.Name)
            .OrderBy(a => a.UnreachableSince != null).ThenByDescending(a => a.LastSeenAt).FirstOrDefaultAsync(ct);
}
