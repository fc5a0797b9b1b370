using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace PortfolioBot.Bot.Delivery;

/// <summary>
/// Delivers outbox messages to the recipient's linked Telegram chat and translates Telegram's answers into a
/// <see cref="DeliveryResult"/>: 429 → RetryAfter, 403 → Unreachable, 5xx/network/timeout → Transient, other 4xx → Rejected.
/// </summary>
public sealed class TelegramNotificationSender(
    PortfolioDbContext db, ITelegramBotClient bot, SchoolCalendar calendar, IOptions<AdminLinkOptions> admin) : INotificationSender
{
    /// <summary>The <see cref="ChatAccount.Channel"/> of Telegram accounts.</summary>
    public const string Channel = "telegram";

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var account = await FindAccountAsync(message, ct);
        if (account is null) return new DeliveryResult.Unreachable("No linked Telegram account.");
        if (!long.TryParse(account.ChatId, out var chatId)) return new DeliveryResult.Rejected($"Chat id '{account.ChatId}' is not a Telegram chat id.");

        RenderedNotification rendered;
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
            await bot.SendMessage(chatId, rendered.Text, replyMarkup: rendered.Buttons, cancellationToken: ct);
            return new DeliveryResult.Sent();
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            return new DeliveryResult.RetryAfter(TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 5)));
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            // "bot was blocked by the user", "user is deactivated", "bot can't initiate conversation": none heals by retrying.
            return new DeliveryResult.Unreachable(ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode >= 500)
        {
            return new DeliveryResult.Transient($"{ex.ErrorCode}: {ex.Message}");
        }
        catch (ApiRequestException ex)
        {
            return new DeliveryResult.Rejected($"{ex.ErrorCode}: {ex.Message}");
        }
        catch (RequestException ex)
        {
            // Not a Bot API answer: a proxy's HTML 502, a broken connection, a client-side timeout.
            return new DeliveryResult.Transient(ex.HttpStatusCode is { } status ? $"{(int)status}: {ex.Message}" : ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return new DeliveryResult.Transient(ex.Message);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            return new DeliveryResult.Transient($"Timed out: {ex.Message}");
        }
    }

    private Task<ChatAccount?> FindAccountAsync(OutboxMessage message, CancellationToken ct)
    {
        var accounts = db.ChatAccounts.AsNoTracking().Where(a => a.Channel == Channel);
        accounts = message.TeacherId is { } teacherId
            ? accounts.Where(a => a.TeacherId == teacherId)
            : accounts.Where(a => a.StaffMemberId == message.StaffMemberId);
        return accounts.OrderByDescending(a => a.LastSeenAt).FirstOrDefaultAsync(ct);
    }
}
