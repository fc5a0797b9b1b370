using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PortfolioBot.Core.Delivery;

/// <summary>
/// Telegram's flood limits as two sliding-window limiters: one over all chats, one per recipient. A send takes
/// a permit from both before it leaves; a permit comes back only when its whole window (plus a margin) has
/// passed, so no one-second window ever holds more sends than allowed. Limits are per dispatcher process:
/// several instances on one bot share Telegram's budget, so divide the limits between them.
/// Telegram counts a send when it arrives, which under load can be well after it left. So, per chat, the next
/// send also waits one interval after the previous one *finished* (<see cref="Completed"/>): the previous one has
/// certainly arrived by then, and no two sends to one chat can land in one window however slow the network.
/// </summary>
public sealed class DeliveryLimiter : IAsyncDisposable
{
    private const int Segments = 10;
    private readonly SlidingWindowRateLimiter _global;
    private readonly PartitionedRateLimiter<string> _perChat;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _chatFreeAt = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _chatInterval;

    public DeliveryLimiter(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _time = time;
        var margin = TimeSpan.FromMilliseconds(o.WindowMarginMs);
        _chatInterval = TimeSpan.FromSeconds(1 / o.PerChatPerSecond) + margin;
        _global = new SlidingWindowRateLimiter(Window(o.GlobalPerSecond, margin));
        _perChat = PartitionedRateLimiter.Create<string, string>(chat =>
            RateLimitPartition.GetSlidingWindowLimiter(chat, _ => Window(o.PerChatPerSecond, margin)));
    }

    /// <summary>Waits until one more message may go to <paramref name="recipient"/>; false when cancelled.</summary>
    public async Task<bool> WaitAsync(string recipient, CancellationToken ct)
    {
        var wait = _chatFreeAt.TryGetValue(recipient, out var freeAt) ? freeAt - _time.GetUtcNow() : TimeSpan.Zero;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, ct);
        // Per chat first: a chat waiting its turn must not hold a global permit the other chats could use.
        using var chat = await _perChat.AcquireAsync(recipient, 1, ct);
        if (!chat.IsAcquired) return false;
        using var global = await _global.AcquireAsync(1, ct);
        return global.IsAcquired;
    }

    /// <summary>A send to <paramref name="recipient"/> finished (whatever its outcome): the chat's next send waits an interval from now.</summary>
    public void Completed(string recipient)
    {
        var now = _time.GetUtcNow();
        _chatFreeAt[recipient] = now + _chatInterval;
        // Forget chats whose interval has long passed, so the map does not grow with every teacher ever sent to.
        if (_chatFreeAt.Count > 10_000)
            foreach (var (key, until) in _chatFreeAt) if (until < now) _chatFreeAt.TryRemove(key, out _);
    }

    private static SlidingWindowRateLimiterOptions Window(double perSecond, TimeSpan margin)
    {
        // 30/s → 30 permits per 1 s; 0.5/s → 1 permit per 2 s. The margin widens the window, never the count.
        var (permits, window) = perSecond >= 1
            ? ((int)Math.Floor(perSecond), TimeSpan.FromSeconds(Math.Floor(perSecond) / perSecond))
            : (1, TimeSpan.FromSeconds(1 / perSecond));
        // A permit returns when its segment leaves the window, up to one segment early: add one segment.
        var total = window + margin;
        total += total / Segments;
        return new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = total,
            SegmentsPerWindow = Segments,
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _global.DisposeAsync();
        await _perChat.DisposeAsync();
    }
}
