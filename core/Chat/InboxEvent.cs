namespace PortfolioBot.Core.Chat;

/// <summary>
/// An incoming chat update, stored the moment it is received and before Telegram is told it arrived, so the
/// receiver can fetch the next updates while this one waits its turn. Unique per channel and external id: a
/// redelivered update is recognised and skipped. Marked handled in the same transaction as what handling it
/// changed (the payload, the user's words, is dropped then), so a restart replays exactly the rows whose effects
/// were never stored.
/// </summary>
public class InboxEvent
{
    private InboxEvent() { Channel = null!; ExternalId = null!; ChatKey = null!; }

    public InboxEvent(string channel, string externalId, string chatKey, string payload, DateTime utcNow)
    {
        Channel = channel;
        ExternalId = externalId;
        ChatKey = chatKey;
        Payload = payload;
        ReceivedAt = utcNow;
    }

    public const int MaxIdLength = 64;

    /// <summary>Arrival order; a chat's events are handled in this order.</summary>
    public long Id { get; private set; }

    public string Channel { get; private set; }
    public string ExternalId { get; private set; }
    public string ChatKey { get; private set; }

    /// <summary>The update as the channel sent it (JSON); null once handling started.</summary>
    public string? Payload { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    /// <summary>A concurrency token: marking an already handled row fails the whole save instead of repeating its effects.</summary>
    public DateTime? HandledAt { get; private set; }

    /// <summary>A row known by id only, to attach as unhandled and mark without loading it.</summary>
    public static InboxEvent Unhandled(long id) => new() { Id = id };

    public void MarkHandled(DateTime utcNow)
    {
        HandledAt = utcNow;
        Payload = null;
    }
}
