using Telegram.Bot.Types;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>
/// Pending updates with Bot API getUpdates semantics: updates stay queued until a later getUpdates confirms
/// them with a higher offset; long polls wait for an arrival or their timeout; a newer getUpdates terminates
/// an older waiting one (409 Conflict, like Telegram).
/// </summary>
public sealed class UpdateQueue
{
    private readonly Lock _gate = new();
    private readonly ChangeSignal _changed = new();
    private readonly List<Update> _pending = [];
    private readonly List<Update> _delivered = [];
    private int _nextId = 1;
    private int _confirmedBelow;
    private CancellationTokenSource? _activePoll;
    private int _waitingPolls;

    /// <summary>Updates enqueued but not yet confirmed by the bot.</summary>
    public int PendingCount
    {
        get { lock (_gate) { return _pending.Count; } }
    }

    /// <summary>Every update returned by getUpdates at least once, in delivery order (repeats included).</summary>
    public IReadOnlyList<Update> Delivered
    {
        get { lock (_gate) { return [.. _delivered]; } }
    }

    /// <summary>Highest offset the bot sent: every update with a lower id is confirmed.</summary>
    public int ConfirmedBelow
    {
        get { lock (_gate) { return _confirmedBelow; } }
    }

    /// <summary>Queues an update; an <see cref="Update.Id"/> of 0 gets the next id, any other id is kept as is.</summary>
    public Update Enqueue(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_gate)
        {
            if (update.Id == 0)
            {
                update.Id = _nextId;
            }

            _nextId = Math.Max(_nextId, update.Id + 1);
            _pending.Add(update);
            _changed.Notify();
            return update;
        }
    }

    /// <summary>Reserves the next update id (for factories that need it before building the update).</summary>
    public int ReserveId()
    {
        lock (_gate)
        {
            return _nextId++;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
            _changed.Notify();
        }
    }

    /// <summary>Waits until the bot confirmed <paramref name="updateId"/> (it asked for a higher offset).</summary>
    public Task WaitForConfirmedAsync(int updateId, TimeSpan timeout, CancellationToken cancellationToken) =>
        _changed.WaitForAsync(
            _gate,
            () => _confirmedBelow > updateId ? this : null,
            timeout,
            () => $"the bot to confirm update {updateId} (confirmed below {_confirmedBelow}, {_pending.Count} pending)",
            cancellationToken);

    /// <summary>Waits until a getUpdates request is being held open (the bot is long-polling right now).</summary>
    public Task WaitForPollerAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _changed.WaitForAsync(
            _gate, () => _waitingPolls > 0 ? this : null, timeout, () => "a waiting getUpdates long poll", cancellationToken);

    /// <summary>getUpdates. Throws <see cref="OperationCanceledException"/> when the caller cancels and
    /// <see cref="PollSupersededException"/> when a newer getUpdates took over.</summary>
    public async Task<Update[]> TakeAsync(int? offset, int limit, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var mine = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            _activePoll?.Cancel();
            _activePoll = mine;
            _waitingPolls++;
            _changed.Notify();
        }

        try
        {
            var batch = await _changed.WaitForAsync(
                _gate, () => TakeBatch(offset, limit), timeout, () => "updates", mine.Token);
            return batch;
        }
        catch (TimeoutException)
        {
            return [];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PollSupersededException();
        }
        finally
        {
            lock (_gate)
            {
                _waitingPolls--;
                if (ReferenceEquals(_activePoll, mine))
                {
                    _activePoll = null;
                }
            }
        }
    }

    // Called under _gate. Returns null when a long poll should keep waiting.
    private Update[]? TakeBatch(int? offset, int limit)
    {
        if (offset is > 0 && offset > _confirmedBelow)
        {
            _pending.RemoveAll(u => u.Id < offset.Value);
            _confirmedBelow = offset.Value;
            _changed.Notify();
        }
        else if (offset is < 0)
        {
            var keep = Math.Min(-offset.Value, _pending.Count);
            _pending.RemoveRange(0, _pending.Count - keep);
        }

        if (_pending.Count == 0)
        {
            return null;
        }

        var batch = _pending.Take(Math.Clamp(limit, 1, 100)).ToArray();
        _delivered.AddRange(batch);
        return batch;
    }
}

/// <summary>Thrown when a newer getUpdates request terminates a waiting one.</summary>
public sealed class PollSupersededException : Exception
{
    public PollSupersededException()
        : base("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
    {
    }

    public PollSupersededException(string message) : base(message)
    {
    }

    public PollSupersededException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
