using Telegram.Bot.Types;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>Assertion helpers over what the bot did, plus shortcuts to faults and rate limits.</summary>
public sealed partial class FakeTelegramServer
{
    /// <summary>Current state of every message the bot sent (deleted ones flagged).</summary>
    public IReadOnlyList<SentMessage> Messages => Recorder.Messages;

    /// <summary>Every send, edit and delete, in order.</summary>
    public IReadOnlyList<SentMessage> Events => Recorder.Events;

    public IReadOnlyList<SentFile> SentFiles => Recorder.Files;

    public IReadOnlyList<CallbackAnswer> CallbackAnswers => Recorder.CallbackAnswers;

    public WebhookSettings? Webhook => Recorder.Webhook;

    /// <summary>Current, non-deleted messages in a chat, in send order.</summary>
    public IReadOnlyList<SentMessage> MessagesTo(long chatId) => Recorder.MessagesTo(chatId);

    /// <summary>The newest non-deleted message in a chat; throws when there is none.</summary>
    public SentMessage LastMessageTo(long chatId) =>
        Recorder.MessagesTo(chatId) is { Count: > 0 } messages
            ? messages[^1]
            : throw new InvalidOperationException($"The bot sent nothing to chat {chatId}.");

    /// <summary>Commands set for a language ("" = default list) in a scope ("default", "all_private_chats"...).</summary>
    public IReadOnlyList<BotCommand>? CommandsFor(string languageCode = "", string scope = "default") =>
        Recorder.Commands(languageCode, scope);

    /// <summary>Pass to the WaitFor* helpers' <c>since</c> to ignore what happened before this point.</summary>
    public int Checkpoint() => Recorder.Checkpoint();

    /// <summary>The first button whose text contains <paramref name="textContains"/> (ordinal, case-insensitive).</summary>
    public static InlineButton Button(SentMessage message, string textContains)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Buttons.FirstOrDefault(b => b.Text.Contains(textContains, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No button containing \"{textContains}\" in {message}.");
    }

    /// <summary>
    /// Waits for a send or edit to <paramref name="chatId"/> matching <paramref name="predicate"/>; events already
    /// recorded (after <paramref name="since"/>) count. Throws <see cref="TimeoutException"/> listing what was seen.
    /// </summary>
    public Task<SentMessage> WaitForMessageAsync(
        long chatId, Func<SentMessage, bool>? predicate = null, TimeSpan? timeout = null, int since = 0,
        CancellationToken cancellationToken = default) =>
        Recorder.WaitForEventAsync(
            e => e.ChatId == chatId && !e.IsDeleted && (predicate is null || predicate(e)),
            since, timeout ?? DefaultTimeout, $"a matching message to chat {chatId}", cancellationToken);

    /// <summary>Waits for a message to <paramref name="chatId"/> whose text contains <paramref name="textContains"/>.</summary>
    public Task<SentMessage> WaitForMessageAsync(
        long chatId, string textContains, TimeSpan? timeout = null, int since = 0, CancellationToken cancellationToken = default) =>
        Recorder.WaitForEventAsync(
            e => e.ChatId == chatId && !e.IsDeleted && e.Text?.Contains(textContains, StringComparison.Ordinal) == true,
            since, timeout ?? DefaultTimeout, $"a message to chat {chatId} containing \"{textContains}\"", cancellationToken);

    /// <summary>Waits until the bot sent <paramref name="count"/> new messages (optionally to one chat); returns
    /// the first <paramref name="count"/> of them in their current state.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(
        int count, long? chatId = null, TimeSpan? timeout = null, int since = 0, CancellationToken cancellationToken = default) =>
        Recorder.WaitForSendsAsync(count, chatId, since, timeout ?? DefaultTimeout, cancellationToken);

    public Task<CallbackAnswer> WaitForCallbackAnswerAsync(
        Update pressed, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Recorder.WaitForCallbackAnswerAsync(
            pressed.CallbackQuery?.Id ?? throw new ArgumentException("Not a callback query update.", nameof(pressed)),
            timeout ?? DefaultTimeout, cancellationToken);

    /// <inheritdoc cref="FaultInjector.FailNext"/>
    public FaultRule FailNext(
        string method, int count = 1, FaultKind kind = FaultKind.InternalServerError, long? chatId = null,
        int retryAfterSeconds = 5, string? description = null, TimeSpan? hold = null) =>
        Faults.FailNext(method, count, kind, chatId, retryAfterSeconds, description, hold);

    /// <summary>Requests received for a Bot API method (case-insensitive), whatever their outcome.</summary>
    public int RequestCount(string method) => Faults.RequestCount(method);

    /// <summary>Sliding-window check of every accepted send against <paramref name="policy"/>.</summary>
    public RateLimitReport CheckRateLimits(RateLimitPolicy? policy = null) => RateLimits.Check(policy ?? new RateLimitPolicy());
}
