using System.Globalization;
using Microsoft.Extensions.Options;
using PortfolioBot.Bot.Channel;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace PortfolioBot.Bot.TelegramAdapter;

/// <summary>The Telegram implementation of <see cref="IChatChannel"/>.</summary>
internal sealed class TelegramChannel(ITelegramBotClient bot, TelegramCalls calls, IOptions<TelegramOptions> options) : IChatChannel
{
    public const string ChannelName = "telegram";

    /// <summary>Telegram's message limit; longer texts are cut with an ellipsis rather than refused.</summary>
    private const int MaxTextLength = 4096;

    public string Name => ChannelName;

    public long MaxDownloadBytes => options.Value.MaxDownloadBytes;

    public Task<string> SendAsync(string chatId, OutgoingMessage message, CancellationToken ct) => SendAsync(chatId, message, TelegramCalls.MaxAttempts, ct);

    public Task<string> SendOnceAsync(string chatId, OutgoingMessage message, CancellationToken ct) => SendAsync(chatId, message, maxAttempts: 1, ct);

    private async Task<string> SendAsync(string chatId, OutgoingMessage message, int maxAttempts, CancellationToken ct)
    {
        var sent = await calls.RunAsync("sendMessage", chatId,
            c => bot.SendMessage(ToChat(chatId), Fit(message.Text), replyMarkup: Markup(message), cancellationToken: c), ct, maxAttempts);
        return sent.MessageId.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<string> EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken ct)
    {
        try
        {
            await calls.RunAsync("editMessageText", chatId,
                c => bot.EditMessageText(ToChat(chatId), int.Parse(messageId, CultureInfo.InvariantCulture), Fit(message.Text),
                    replyMarkup: Markup(message) ?? new InlineKeyboardMarkup(), cancellationToken: c), ct);
            return messageId;
        }
        catch (ChatDeliveryException ex) when (ex.InnerException is ApiRequestException api
            && api.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return messageId;
        }
        catch (ChatDeliveryException ex) when (ex.Failure == ChatDeliveryFailure.Rejected)
        {
            // Too old to edit, or deleted by the user: the new state still has to reach them.
            return await SendAsync(chatId, message, ct);
        }
    }

    public Task AnswerButtonAsync(string pressId, string? notice, bool alert, CancellationToken ct) =>
        calls.RunAsync("answerCallbackQuery", null, c => bot.AnswerCallbackQuery(pressId, notice, alert, cancellationToken: c), ct);

    public Task SendFileAsync(string chatId, Stream content, string fileName, string? caption, CancellationToken ct) =>
        calls.RunAsync("sendDocument", chatId, async c =>
        {
            if (content.CanSeek) content.Position = 0;
            await bot.SendDocument(ToChat(chatId), InputFile.FromStream(content, fileName), caption: caption, cancellationToken: c);
        }, ct);

    public async Task DownloadAsync(IncomingFile file, Stream destination, CancellationToken ct)
    {
        TGFile info;
        try
        {
            info = await calls.RunAsync("getFile", null, c => bot.GetFile(file.Reference, c), ct);
        }
        catch (ChatDeliveryException ex) when (ex.InnerException is ApiRequestException api
            && api.Message.Contains("too big", StringComparison.OrdinalIgnoreCase))
        {
            throw new IncomingFileTooLargeException(api.Message, ex);
        }
        if (info.FilePath is null) throw new ChatDeliveryException(ChatDeliveryFailure.Rejected, "Telegram gave no file path.");
        try
        {
            // Not retried: a half-written destination cannot be rewound by us; the teacher is asked to resend.
            await bot.DownloadFile(info.FilePath, destination, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new ChatDeliveryException(TelegramCalls.Classify(ex, out var retryAfter), $"Telegram file download failed: {ex.Message}", retryAfter, ex);
        }
    }

    private static ChatId ToChat(string chatId) => new(long.Parse(chatId, CultureInfo.InvariantCulture));

    private static string Fit(string text) => text.Length <= MaxTextLength ? text : text[..(MaxTextLength - 1)] + "…";

    private static InlineKeyboardMarkup? Markup(OutgoingMessage message) =>
        message.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(message.Buttons.Select(row => row.Select(b => b.Url is { } url
                ? InlineKeyboardButton.WithUrl(b.Text, url.ToString())
                : InlineKeyboardButton.WithCallbackData(b.Text, b.Data))));
}
