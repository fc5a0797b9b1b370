using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// Sliding one-minute windows per key: per user against flooding, and per chat against guessing invite codes.
/// In memory on purpose: a restart forgiving a flood costs nothing.
/// </summary>
public sealed class FloodThrottle(TimeProvider time, IOptions<TelegramOptions> options)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _hits = new(StringComparer.Ordinal);

    public enum Verdict
    {
        Allowed,

        /// <summary>The first refusal in a window: worth telling the user once.</summary>
        JustThrottled,
        Throttled,
    }

    public Verdict Hit(string userId) => Register("u:" + userId, options.Value.FloodMessagesPerMinute, TimeSpan.FromMinutes(1));

    /// <summary>Checks (without counting) whether another invite code may be tried in this chat.</summary>
    public bool CanTryCode(string chatId) => Count("j:" + chatId, TimeSpan.FromHours(1)) < options.Value.JoinAttemptsPerHour;

    public void FailedCode(string chatId) => Register("j:" + chatId, int.MaxValue, TimeSpan.FromHours(1));

    private Verdict Register(string key, int limit, TimeSpan window)
    {
        var now = time.GetUtcNow();
        var queue = _hits.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - window) queue.Dequeue();
            queue.Enqueue(now);
            return queue.Count <= limit ? Verdict.Allowed : queue.Count == limit + 1 ? Verdict.JustThrottled : Verdict.Throttled;
        }
    }

    private int Count(string key, TimeSpan window)
    {
        if (!_hits.TryGetValue(key, out var queue)) return 0;
        var now = time.GetUtcNow();
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - window) queue.Dequeue();
            return queue.Count;
        }
    }
}
