namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// "Has event X been handled yet?" for whoever needs to wait on one (the tests and the benchmark, since Telegram
/// is told an update arrived before it is answered): a completion per event key, remembered for the last
/// <see cref="Remembered"/> finished events.
/// </summary>
internal sealed class HandledSignals
{
    public const int Remembered = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);
    private readonly Queue<string> _finished = new();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);

    /// <summary>The event is queued: only <see cref="Done"/> completes it, not a redelivered copy's <see cref="Skipped"/>.</summary>
    public void Track(string key)
    {
        lock (_gate)
        {
            Get(key);
            _queued.Add(key);
        }
    }

    /// <summary>A redelivered copy was dropped: completes the key unless the original is still queued.</summary>
    public void Skipped(string key)
    {
        lock (_gate)
        {
            if (!_queued.Contains(key)) Complete(key);
        }
    }

    public void Done(string key)
    {
        lock (_gate)
        {
            _queued.Remove(key);
            Complete(key);
        }
    }

    private void Complete(string key)
    {
        if (!Get(key).TrySetResult()) return;
        _finished.Enqueue(key);
        while (_finished.Count > Remembered) _signals.Remove(_finished.Dequeue());
    }

    public Task WaitAsync(string key, CancellationToken ct)
    {
        lock (_gate) return Get(key).Task.WaitAsync(ct);
    }

    private TaskCompletionSource Get(string key)
    {
        if (!_signals.TryGetValue(key, out var signal))
            _signals[key] = signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return signal;
    }
}
