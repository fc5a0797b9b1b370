namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>Telegram's flood limits: about 30 messages per second overall and 1 per second per chat.</summary>
public sealed record RateLimitPolicy(int GlobalPerSecond = 30, int PerChatPerSecond = 1)
{
    public static TimeSpan Window => TimeSpan.FromSeconds(1);
}

/// <summary>A message-creating request (send*, copyMessage, forwardMessage) the fake accepted or refused.</summary>
public sealed record SendRecord(long ChatId, string Method, DateTimeOffset At);

/// <summary>A 1-second window starting at <see cref="WindowStart"/> holding more sends than allowed.</summary>
/// <param name="ChatId">The chat, or null for the overall limit.</param>
public sealed record RateLimitBreach(long? ChatId, DateTimeOffset WindowStart, int Count, int Limit)
{
    public override string ToString() =>
        $"{Count} sends {(ChatId is null ? "overall" : $"to chat {ChatId}")} within 1 s from {WindowStart:HH:mm:ss.fff} (limit {Limit})";
}

public sealed record RateLimitReport(IReadOnlyList<RateLimitBreach> Breaches)
{
    public bool HasBreaches => Breaches.Count > 0;

    public override string ToString() =>
        HasBreaches ? string.Join(Environment.NewLine, Breaches) : "no rate-limit breaches";
}

/// <summary>
/// Records the time of every accepted send per chat and checks them against sliding 1-second windows;
/// optionally answers 429 with retry_after when a send would exceed the policy, like Telegram.
/// </summary>
public sealed class RateLimitTracker(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<SendRecord> _sends = [];
    private readonly List<SendRecord> _rejected = [];
    private RateLimitPolicy? _enforced;
    private int? _retryAfterSeconds;

    /// <summary>Accepted sends, in order.</summary>
    public IReadOnlyList<SendRecord> Sends
    {
        get { lock (_gate) { return [.. _sends]; } }
    }

    /// <summary>Sends refused with 429 while enforcing.</summary>
    public IReadOnlyList<SendRecord> Rejected
    {
        get { lock (_gate) { return [.. _rejected]; } }
    }

    public IReadOnlyList<DateTimeOffset> SendTimesTo(long chatId)
    {
        lock (_gate)
        {
            return [.. _sends.Where(s => s.ChatId == chatId).Select(s => s.At)];
        }
    }

    /// <summary>Answer 429 to sends that would break <paramref name="policy"/>; retry_after defaults to the
    /// seconds until the window frees up (at least 1).</summary>
    public void Enforce(RateLimitPolicy policy, int? retryAfterSeconds = null)
    {
        lock (_gate)
        {
            _enforced = policy;
            _retryAfterSeconds = retryAfterSeconds;
        }
    }

    public void StopEnforcing()
    {
        lock (_gate)
        {
            _enforced = null;
        }
    }

    /// <summary>Every sliding 1-second window (overall and per chat) with more accepted sends than allowed.</summary>
    public RateLimitReport Check(RateLimitPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        List<SendRecord> sends;
        lock (_gate)
        {
            sends = [.. _sends.OrderBy(s => s.At)];
        }

        var breaches = FindBreaches(sends, null, policy.GlobalPerSecond);
        foreach (var chat in sends.GroupBy(s => s.ChatId))
        {
            breaches.AddRange(FindBreaches([.. chat], chat.Key, policy.PerChatPerSecond));
        }

        return new RateLimitReport(breaches);
    }

    internal static bool IsSend(string method) =>
        (method.StartsWith("send", StringComparison.OrdinalIgnoreCase) && !method.Equals("sendChatAction", StringComparison.OrdinalIgnoreCase))
        || method.Equals("copyMessage", StringComparison.OrdinalIgnoreCase)
        || method.Equals("forwardMessage", StringComparison.OrdinalIgnoreCase);

    /// <summary>Records a send, or returns null and the retry_after when enforcement refuses it.</summary>
    internal SendRecord? TryAcquire(long chatId, string method, out int retryAfter)
    {
        retryAfter = 0;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var record = new SendRecord(chatId, method, now);
            if (_enforced is { } policy)
            {
                var recent = _sends.Where(s => s.At > now - RateLimitPolicy.Window).ToList();
                var inChat = recent.Where(s => s.ChatId == chatId).ToList();
                var (blocking, limit) = recent.Count >= policy.GlobalPerSecond ? (recent, policy.GlobalPerSecond)
                    : inChat.Count >= policy.PerChatPerSecond ? (inChat, policy.PerChatPerSecond)
                    : (null, 0);
                if (blocking is not null)
                {
                    // The window frees a slot when the send that is `limit` places from the newest leaves it.
                    var freeAt = blocking[^Math.Max(1, limit)].At + RateLimitPolicy.Window;
                    retryAfter = _retryAfterSeconds ?? Math.Max(1, (int)Math.Ceiling((freeAt - now).TotalSeconds));
                    _rejected.Add(record);
                    return null;
                }
            }

            _sends.Add(record);
            return record;
        }
    }

    /// <summary>Forgets a send whose request then failed.</summary>
    internal void Release(SendRecord record)
    {
        lock (_gate)
        {
            _sends.Remove(record);
        }
    }

    private static List<RateLimitBreach> FindBreaches(List<SendRecord> ordered, long? chatId, int limit)
    {
        var breaches = new List<RateLimitBreach>();
        var end = 0;
        for (var start = 0; start < ordered.Count; start++)
        {
            end = Math.Max(end, start);
            while (end + 1 < ordered.Count && ordered[end + 1].At < ordered[start].At + RateLimitPolicy.Window)
            {
                end++;
            }

            var count = end - start + 1;
            if (count > limit)
            {
                breaches.Add(new RateLimitBreach(chatId, ordered[start].At, count, limit));
            }
        }

        return breaches;
    }
}
