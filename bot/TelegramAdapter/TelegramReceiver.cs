using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortfolioBot.Bot.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PortfolioBot.Bot.TelegramAdapter;

/// <summary>
/// Starts the bot: registers the command menu in kk/ru/en, hands on what the last run left in the inbox, then
/// either sets the webhook or deletes it and long-polls. A batch is confirmed (offset) as soon as it is stored
/// in the inbox, so the next one is fetched while this one is handled; nothing thrown stops the loop.
/// </summary>
internal sealed class TelegramReceiver(
    ITelegramBotClient bot, TelegramCalls calls, TelegramIntake intake, BotIdentity identity, IOptions<TelegramOptions> options,
    ILogger<TelegramReceiver> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private const int PollTimeoutSeconds = 25;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        await RetryUntilDoneAsync("start-up", async ct =>
        {
            var me = await calls.RunAsync("getMe", null, c => bot.GetMe(c), ct);
            identity.FromGetMe = me.Username;
            if (o.Mode == TelegramMode.Webhook)
                await calls.RunAsync("setWebhook", null, c => bot.SetWebhook(o.WebhookUrl!, secretToken: o.WebhookSecret, allowedUpdates: Wanted, cancellationToken: c), ct);
            else
                await calls.RunAsync("deleteWebhook", null, c => bot.DeleteWebhook(cancellationToken: c), ct);
            foreach (var (language, commands) in BotCommands.All())
                await calls.RunAsync("setMyCommands", null, c => bot.SetMyCommands(commands, languageCode: language, cancellationToken: c), ct);
        }, stoppingToken);
        logger.LogInformation("Telegram bot @{Username} is on ({Mode})", identity.Username, o.Mode);
        await RetryUntilDoneAsync("inbox replay", intake.ReplayAsync, stoppingToken);
        if (o.Mode == TelegramMode.Polling) await PollAsync(stoppingToken);
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, PollTimeoutSeconds, Wanted, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var failure = TelegramCalls.Classify(ex, out var retryAfter);
                var wait = retryAfter ?? TelegramCalls.Backoff(Math.Min(failures, 5));
                logger.LogWarning(ex, "getUpdates failed ({Failure}); retrying in {Wait}", failure, wait);
                await DelayAsync(wait, stoppingToken);
                continue;
            }
            if (updates.Length == 0) continue;
            try
            {
                await intake.AcceptAsync(updates, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Not stored, so not confirmed: Telegram gives the same batch again.
                failures++;
                logger.LogError(ex, "Storing {Count} received updates failed; fetching them again", updates.Length);
                await DelayAsync(TelegramCalls.Backoff(Math.Min(failures, 5)), stoppingToken);
                continue;
            }
            offset = updates.Max(u => u.Id) + 1;
        }
    }

    private async Task RetryUntilDoneAsync(string what, Func<CancellationToken, Task> action, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action(ct);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogError(ex, "Telegram {What} failed (attempt {Attempt}); the bot retries", what, attempt);
                await DelayAsync(TelegramCalls.Backoff(Math.Min(attempt, 5)), ct);
            }
        }
    }

    private static async Task DelayAsync(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, ct);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}

/// <summary>The bot's @username, from Telegram:BotUsername or else getMe at start; builds invitation deep links.</summary>
public sealed class BotIdentity(IOptions<TelegramOptions> options)
{
    internal string? FromGetMe { get; set; }

    public string? Username => string.IsNullOrWhiteSpace(options.Value.BotUsername) ? FromGetMe : options.Value.BotUsername.TrimStart('@');

    /// <summary>https://t.me/&lt;bot&gt;?start=&lt;code&gt;, or null while the username is unknown (bot off or not started).</summary>
    public string? InviteLink(string code) => Username is { } name ? $"https://t.me/{name}?start={Uri.EscapeDataString(code)}" : null;
}
