using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PortfolioBot.Core.Delivery;

/// <summary>
/// Telegram's flood limits as two sliding-window limiters: one over all chats, one per recipient. A send takes
/// a permit from both before it leaves; a permit comes back only when its whole window (plus a margin) has
/// passed, so no one-second window ever holds more sends than allowed. Limits are per dispatcher process:
/// several instances on one bot share Telegram's budget, so divide the limits between them.
/// </summary>
public sealed class DeliveryLimiter : IAsyncDisposable
{
    private const int Segments = 10;
    private readonly SlidingWindowRateLimiter _global;
    private readonly PartitionedRateLimiter<string> _perChat;

    public DeliveryLimiter(IOptions<DeliveryOptions> options)
    {
        var o = options.Value;
        var margin = TimeSpan.FromMilliseconds(o.WindowMarginMs);
        _global = new SlidingWindowRateLimiter(Window(o.GlobalPerSecond, margin));
        _perChat = PartitionedRateLimiter.Create<string, string>(chat =>
            RateLimitPartition.GetSlidingWindowLimiter(chat, _ => Window(o.PerChatPerSecond, margin)));
    }

    /// <summary>Waits until one more message may go to <paramref name="recipient"/>; false when cancelled.</summary>
    public async Task<bool> WaitAsync(string recipient, CancellationToken ct)
    {
        // Per chat first: a chat waiting its turn must not hold a global permit the other chats could use.
        using var chat = await _perChat.AcquireAsync(recipient, 1, ct);
        if (!chat.IsAcquired) return false;
        using var global = await _global.AcquireAsync(1, ct);
        return global.IsAcquired;
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
