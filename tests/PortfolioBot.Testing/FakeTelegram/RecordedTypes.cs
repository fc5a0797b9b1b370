using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>One inline keyboard button as the bot sent it.</summary>
public sealed record InlineButton(string Text, string? CallbackData, string? Url);

/// <summary>A file the bot sent (sendDocument / sendPhoto), with its bytes when known.</summary>
/// <param name="Source">"upload" (multipart), "file_id" (re-sent stored file) or "url".</param>
public sealed record SentFile(
    string Method, long ChatId, int MessageId, string FileId, string? FileName, string? MimeType,
    byte[] Bytes, string Source, string? Url, DateTimeOffset At);

/// <summary>
/// Immutable snapshot of a bot message. <see cref="FakeTelegramServer.Events"/> holds one per send, edit and
/// delete; <see cref="FakeTelegramServer.MessagesTo"/> returns each message's current snapshot.
/// </summary>
/// <param name="Method">Bot API method that produced this snapshot (sendMessage, editMessageText, deleteMessage...).</param>
/// <param name="Text">Message text, or the caption of a document/photo.</param>
/// <param name="ParseMode">parse_mode as sent ("HTML", "MarkdownV2"...), or null.</param>
/// <param name="Keyboard">Inline keyboard rows; empty when the message has none.</param>
public sealed record SentMessage(
    string Method, long ChatId, int MessageId, string? Text, string? ParseMode,
    IReadOnlyList<IReadOnlyList<InlineButton>> Keyboard, DateTimeOffset At)
{
    /// <summary>The document/photo attached to this message, if any.</summary>
    public SentFile? File { get; init; }

    /// <summary>True on the snapshot recorded by deleteMessage (and on later reads of a deleted message).</summary>
    public bool IsDeleted { get; init; }

    /// <summary>reply_markup JSON as sent, including reply keyboards that <see cref="Keyboard"/> does not model.</summary>
    public string? ReplyMarkupJson { get; init; }

    /// <summary>reply_parameters.message_id (or legacy reply_to_message_id), if the bot replied to a message.</summary>
    public int? ReplyToMessageId { get; init; }

    /// <summary>The Bot API message object returned to the bot for this snapshot.</summary>
    public required Message Telegram { get; init; }

    /// <summary>True for sendMessage/sendDocument/sendPhoto snapshots (not edits or deletes).</summary>
    public bool IsSend => Method.StartsWith("send", StringComparison.Ordinal);

    /// <summary>All buttons in reading order.</summary>
    public IEnumerable<InlineButton> Buttons => Keyboard.SelectMany(row => row);

    internal InlineKeyboardMarkup? Markup => Telegram.ReplyMarkup;

    public override string ToString() =>
        $"{Method} #{MessageId} to {ChatId}: \"{Text}\"" +
        (Keyboard.Count == 0 ? string.Empty : " [" + string.Join(" | ", Buttons.Select(b => b.Text)) + "]");
}

/// <summary>An answerCallbackQuery call.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert, string? Url, int? CacheTime, DateTimeOffset At);

/// <summary>A sendChatAction call.</summary>
public sealed record ChatActionSent(long ChatId, string Action, DateTimeOffset At);

/// <summary>A setMyCommands call; <paramref name="LanguageCode"/> is "" for the default list.</summary>
public sealed record CommandSet(string LanguageCode, string Scope, IReadOnlyList<BotCommand> Commands, DateTimeOffset At);

/// <summary>State after setWebhook; null <see cref="FakeTelegramServer.Webhook"/> means no webhook.</summary>
public sealed record WebhookSettings(string Url, string? SecretToken, int? MaxConnections, IReadOnlyList<string> AllowedUpdates, bool DropPendingUpdates);

/// <summary>One HTTP request to the Bot API, with the status the fake answered.</summary>
public sealed record ApiCall(string Method, long? ChatId, DateTimeOffset At, int StatusCode);
