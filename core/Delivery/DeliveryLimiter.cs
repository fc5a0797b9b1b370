using Microsoft.Extensions.Options;

namespace PortfolioBot.Core.Delivery;

/// <summary>
/// Telegram's flood limits (about 30 messages a second overall, 1 a second per chat) as completion-anchored send
/// logs (<see cref="SendWindow"/>): a send holds its place from the moment it starts until one window after its
/// response arrived. Telegram counts a send when it arrives, somewhere between our start and the response, so
/// the send that takes the place next starts at least a window after Telegram counted the previous one: safe by
/// construction whatever the network jitter, with no margin to guess. With a local round trip L the pace is
/// N / (window + L), e.g. 30 / 1.005 s. Limits are per dispatcher process: several instances on one bot share
/// Telegram's budget, so divide the limits between them.
/// Waiters are served oldest first; a chat waiting for its own interval does not hold up other chats.
/// </summary>
public sealed class DeliveryLimiter : IDisposable
{
    private const int MinSweepThreshold = 1024;
    private const int ChatLimit = 1;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly SendWindow _global;
    private readonly long _chatHold;
    private readonly Dictionary<string, SendWindow> _chats = [];
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly ITimer _timer;
    private long _timerDue = long.MaxValue;
    private int _sweepThreshold = MinSweepThreshold;

    public DeliveryLimiter(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _time = time;
        var margin = TimeSpan.FromMilliseconds(o.WindowMarginMs);
        // 30/s: 30 sends per 1 s. Per chat, 1 send per 1/x s (0.5/s: one per 2 s; 2/s: one per 0.5 s, so at most 2 in any second).
        _global = new SendWindow(o.GlobalPerSecond, Ticks(TimeSpan.FromSeconds(1) + margin));
        _chatHold = Ticks(TimeSpan.FromSeconds(1 / o.PerChatPerSecond) + margin);
        _timer = time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Chats whose send log is still kept (a send in flight or in its window); idle ones are forgotten.</summary>
    public int TrackedChats
    {
        get { lock (_gate) { return _chats.Count; } }
    }

    /// <summary>
    /// Waits until one more message may go to <paramref name="recipient"/>. The permit must be
    /// <see cref="DeliveryPermit.Completed"/> once the send finished (whatever its outcome); disposing it without
    /// that means nothing was sent and gives the place back at once. Throws when <paramref name="ct"/> is cancelled,
    /// and the cancelled wait gives up its place in the queue.
    /// </summary>
    public Task<DeliveryPermit> WaitAsync(string recipient, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var waiter = new Waiter(recipient);
        lock (_gate)
        {
            waiter.Node = _waiters.AddLast(waiter);
            Pump();
        }
        if (!waiter.Permit.Task.IsCompleted && ct.CanBeCanceled)
        {
            waiter.Cancellation = ct.Register(() => Cancel(waiter, ct));
            // Granted between the check and the registration: the stopping token must not keep it alive.
            if (waiter.Permit.Task.IsCompleted) waiter.Cancellation.Unregister();
        }
        return waiter.Permit.Task;
    }

    internal void Release(string recipient, bool sent)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var chat = Chat(recipient);
            if (sent)
            {
                _global.Complete(now);
                chat.Complete(now);
            }
            else
            {
                _global.Abandon();
                chat.Abandon();
            }
            Pump();
        }
    }

    private void Cancel(Waiter waiter, CancellationToken ct)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null) return; // already granted
            _waiters.Remove(waiter.Node);
            waiter.Permit.TrySetCanceled(ct);
            Pump(); // the place it was queued for may go to the next one at once
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            _timerDue = long.MaxValue;
            Pump();
        }
    }

    /// <summary>
    /// Under the lock: grants places to waiters, oldest first, and sets the timer for the next place that frees up
    /// by time (a completion or a cancellation pumps by itself).
    /// </summary>
    private void Pump()
    {
        var now = _time.GetTimestamp();
        var wake = long.MaxValue;
        for (var node = _waiters.First; node is not null;)
        {
            var next = node.Next;
            if (!_global.HasRoom(now))
            {
                // Nobody behind the oldest may jump the global queue.
                wake = Math.Min(wake, _global.RoomAt(now) ?? long.MaxValue);
                break;
            }
            var waiter = node.Value;
            var chat = Chat(waiter.Recipient);
            if (chat.HasRoom(now))
            {
                _global.Start();
                chat.Start();
                _waiters.Remove(node);
                waiter.Cancellation.Unregister(); // not Dispose: that would wait for a running Cancel, which waits for this lock
                waiter.Permit.TrySetResult(new DeliveryPermit(this, waiter.Recipient));
            }
            else
            {
                // This chat waits its own interval; later waiters for other chats go ahead.
                wake = Math.Min(wake, chat.RoomAt(now) ?? long.MaxValue);
            }
            node = next;
        }
        Schedule(now, wake);
        if (_chats.Count > _sweepThreshold) Sweep(now);
    }

    private void Schedule(long now, long wake)
    {
        if (wake == _timerDue) return;
        _timerDue = wake;
        // Timers may fire a little early (coarse clock): Pump then finds no room yet and sets the timer again.
        var due = wake == long.MaxValue ? Timeout.InfiniteTimeSpan : _time.GetElapsedTime(now, Math.Max(wake, now + 1));
        if (due != Timeout.InfiniteTimeSpan && due < TimeSpan.FromMilliseconds(1)) due = TimeSpan.FromMilliseconds(1);
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Forgets chats with nothing in flight or in their window, so the map does not grow with every teacher ever sent to.</summary>
    private void Sweep(long now)
    {
        foreach (var (key, window) in _chats)
            if (window.IsIdle(now)) _chats.Remove(key);
        _sweepThreshold = Math.Max(MinSweepThreshold, _chats.Count * 2);
    }

    private SendWindow Chat(string recipient)
    {
        if (!_chats.TryGetValue(recipient, out var window)) _chats[recipient] = window = new SendWindow(ChatLimit, _chatHold);
        return window;
    }

    private long Ticks(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds * _time.TimestampFrequency);

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            foreach (var waiter in _waiters) waiter.Permit.TrySetCanceled();
            _waiters.Clear();
        }
    }

    private sealed class Waiter(string recipient)
    {
        public string Recipient { get; } = recipient;
        public TaskCompletionSource<DeliveryPermit> Permit { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public LinkedListNode<Waiter>? Node { get; set; }
        public CancellationTokenRegistration Cancellation { get; set; }
    }
}
