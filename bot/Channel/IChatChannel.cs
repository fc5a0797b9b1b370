namespace PortfolioBot.Bot.Channel;

/// <summary>
/// What conversation flows need from a chat platform. Telegram is the first implementation; a Teams adapter
/// implements the same members, so flows never see a platform type.
/// </summary>
public interface IChatChannel
{
    /// <summary>Stable channel name stored with chat accounts and processed updates ("telegram").</summary>
    string Name { get; }

    /// <summary>Sends a message and returns its id (for later edits). Waits out rate limits and retries passing failures.</summary>
    Task<string> SendAsync(string chatId, OutgoingMessage message, CancellationToken ct);

    /// <summary>
    /// Sends a message with a single attempt: any failure surfaces at once as <see cref="ChatDeliveryException"/>.
    /// For callers that own retries, backoff and rate limits themselves (the outbox dispatcher).
    /// </summary>
    Task<string> SendOnceAsync(string chatId, OutgoingMessage message, CancellationToken ct);

    /// <summary>Replaces a message's text and buttons; falls back to sending a new one when it cannot be edited.</summary>
    Task<string> EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken ct);

    /// <summary>Acknowledges a button press, optionally with a short notice (shown as an alert when <paramref name="alert"/>).</summary>
    Task AnswerButtonAsync(string pressId, string? notice, bool alert, CancellationToken ct);

    Task SendFileAsync(string chatId, Stream content, string fileName, string? caption, CancellationToken ct);

    /// <summary>Streams an incoming file's bytes into <paramref name="destination"/>.</summary>
    Task DownloadAsync(IncomingFile file, Stream destination, CancellationToken ct);

    /// <summary>Largest incoming file the platform lets the bot download.</summary>
    long MaxDownloadBytes { get; }
}
