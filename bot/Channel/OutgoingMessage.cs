namespace PortfolioBot.Bot.Channel;

/// <summary>A button; <see cref="Data"/> is opaque to the platform and comes back in <see cref="ButtonPressed"/>.</summary>
public sealed record ChatButton(string Text, string Data)
{
    /// <summary>When set, the button opens this web page instead of coming back as a press (<see cref="Data"/> is empty).</summary>
    public Uri? Url { get; init; }

    public static ChatButton Link(string text, Uri url) => new(text, "") { Url = url };
}

/// <summary>Plain text plus rows of buttons. Flows build these; channels render them.</summary>
public sealed record OutgoingMessage(string Text, IReadOnlyList<IReadOnlyList<ChatButton>> Buttons)
{
    public OutgoingMessage(string text) : this(text, []) { }
}

/// <summary>Why a channel could not deliver, so callers (e.g. notification delivery) can decide what to do.</summary>
public enum ChatDeliveryFailure
{
    /// <summary>Asked to wait (Telegram 429); see <see cref="ChatDeliveryException.RetryAfter"/>.</summary>
    RetryAfter,

    /// <summary>5xx, timeout, network: try again later.</summary>
    Transient,

    /// <summary>The user blocked the bot or the chat is gone.</summary>
    Unreachable,

    /// <summary>The platform refused the request itself (400).</summary>
    Rejected,
}

public sealed class ChatDeliveryException(ChatDeliveryFailure failure, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ChatDeliveryFailure Failure { get; } = failure;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>The platform will not hand the bot a file this large (Telegram's getFile limit).</summary>
public sealed class IncomingFileTooLargeException(string message, Exception? inner = null) : Exception(message, inner);
