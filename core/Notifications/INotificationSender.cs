namespace PortfolioBot.Core.Notifications;

/// <summary>
/// Delivers one outbox message through a chat channel (Telegram today). Implementations render the message
/// in the recipient's language and report what happened; they never throw for channel errors.
/// </summary>
public interface INotificationSender
{
    Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>What a delivery attempt came to.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult() { }

    /// <summary>Delivered.</summary>
    public sealed record Sent : DeliveryResult;

    /// <summary>The channel asked us to wait (Telegram's 429 retry_after); not a failed attempt.</summary>
    public sealed record RetryAfter(TimeSpan Delay) : DeliveryResult;

    /// <summary>A passing failure (5xx, timeout, network): retry with backoff.</summary>
    public sealed record Transient(string Error) : DeliveryResult;

    /// <summary>The recipient blocked the bot or has no linked chat: stop trying, mark them unreachable.</summary>
    public sealed record Unreachable(string Error) : DeliveryResult;

    /// <summary>The message itself is refused (400): retrying will not help.</summary>
    public sealed record Rejected(string Error) : DeliveryResult;
}
