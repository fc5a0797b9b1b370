namespace PortfolioBot.Core.Delivery;

/// <summary>
/// A completion-anchored send log for one limit (all chats, or one chat): a send is in the window from the moment
/// it starts until <c>hold</c> after its response arrived (or it failed). A new send may start only while fewer
/// than <c>limit</c> sends are in the window. Telegram counts a request at some instant between its start and its
/// response, so send k + limit starts at least <c>hold</c> after Telegram counted send k — whatever the network
/// did — and no window of <c>hold</c> on Telegram's side holds more than <c>limit</c>.
/// Not thread-safe: <see cref="DeliveryLimiter"/> uses it under its lock. Times are <see cref="TimeProvider"/> timestamps.
/// </summary>
internal sealed class SendWindow(int limit, long holdTicks)
{
    // Completion time + hold of finished sends still in the window; ascending, because completions are recorded
    // in timestamp order and the hold is constant.
    private readonly Queue<long> _leavesAt = new();

    public int InFlight { get; private set; }

    public bool HasRoom(long now)
    {
        Expire(now);
        return InFlight + _leavesAt.Count < limit;
    }

    /// <summary>When the next place frees up by time alone, or null when it waits for a send in flight to complete.</summary>
    public long? RoomAt(long now)
    {
        Expire(now);
        var excess = InFlight + _leavesAt.Count - limit;
        if (excess < 0) return now;
        return excess < _leavesAt.Count ? _leavesAt.ElementAt(excess) : null;
    }

    /// <summary>Nothing in flight and nothing left in the window: the log can be forgotten.</summary>
    public bool IsIdle(long now)
    {
        Expire(now);
        return InFlight == 0 && _leavesAt.Count == 0;
    }

    public void Start() => InFlight++;

    /// <summary>The send's response arrived or it failed: it stays in the window for the hold from now.</summary>
    public void Complete(long now)
    {
        InFlight--;
        _leavesAt.Enqueue(now + holdTicks);
    }

    /// <summary>The permit was taken but nothing was sent: the place comes back at once.</summary>
    public void Abandon() => InFlight--;

    private void Expire(long now)
    {
        while (_leavesAt.TryPeek(out var leaves) && leaves <= now) _leavesAt.Dequeue();
    }
}
