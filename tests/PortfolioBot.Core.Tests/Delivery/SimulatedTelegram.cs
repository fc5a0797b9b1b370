using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Core.Delivery;

namespace PortfolioBot.Core.Tests.Delivery;

/// <summary>
/// Drives a <see cref="DeliveryLimiter"/> on a <see cref="FakeTimeProvider"/> in 1-ms steps, like a dispatcher
/// sending to Telegram: each granted send gets a response after a latency chosen per send, and the simulated server
/// counts it at a chosen instant between its start and its response (as the real one counts on arrival).
/// Deterministic: no threads, no real clock.
/// </summary>
internal sealed class SimulatedTelegram(FakeTimeProvider time, DeliveryLimiter limiter)
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);
    private readonly List<(string Chat, Task<DeliveryPermit> Wait, Func<int, (TimeSpan Latency, double CountedAt)> Shape)> _queued = [];
    private readonly List<(DeliveryPermit Permit, DateTimeOffset RespondsAt)> _inFlight = [];
    private int _granted;

    /// <summary>When each send reached the server, in order of counting.</summary>
    public List<(string Chat, DateTimeOffset At)> Counted { get; } = [];

    /// <summary>When each send was allowed to start, in grant order.</summary>
    public List<(string Chat, DateTimeOffset At)> Started { get; } = [];

    /// <summary>Queues a send; <paramref name="shape"/> gets the send's grant index and returns its latency and
    /// where in it (0 = at the start, 1 = just before the response) the server counts it.</summary>
    public void Queue(string chat, Func<int, (TimeSpan Latency, double CountedAt)> shape) =>
        _queued.Add((chat, limiter.WaitAsync(chat, CancellationToken.None), shape));

    public void RunUntilAllAnswered(TimeSpan limit)
    {
        var end = time.GetUtcNow() + limit;
        while ((_queued.Count > 0 || _inFlight.Count > 0) && time.GetUtcNow() < end)
        {
            var now = time.GetUtcNow();
            // Responses first: a send answered now frees its place one window from now.
            foreach (var send in _inFlight.Where(s => s.RespondsAt <= now).ToList())
            {
                send.Permit.Completed();
                _inFlight.Remove(send);
            }
            foreach (var send in _queued.Where(q => q.Wait.IsCompletedSuccessfully).ToList())
            {
                _queued.Remove(send);
                var (latency, countedAt) = send.Shape(_granted++);
                Started.Add((send.Chat, now));
                Counted.Add((send.Chat, now + latency * countedAt));
                _inFlight.Add((send.Wait.Result, now + latency));
            }
            time.Advance(Step);
        }
        Counted.Sort((a, b) => a.At.CompareTo(b.At));
    }

    /// <summary>The most sends the server counted within any 1-second window [t, t + 1 s).</summary>
    public int MostInOneSecond(string? chat = null)
    {
        var at = Counted.Where(c => chat is null || c.Chat == chat).Select(c => c.At).ToList();
        var most = 0;
        for (int start = 0, end = 0; start < at.Count; start++)
        {
            while (end < at.Count && at[end] < at[start] + TimeSpan.FromSeconds(1)) end++;
            most = Math.Max(most, end - start);
        }
        return most;
    }

    /// <summary>
    /// The sustained rate for a limit of <paramref name="limit"/> places: limit / the longest time a place took to be
    /// reused (send k to send k + limit). First-to-last would be skewed by the bursts the limiter allows.
    /// </summary>
    public double SustainedRate(int limit)
    {
        var longest = Enumerable.Range(0, Started.Count - limit).Max(k => (Started[k + limit].At - Started[k].At).TotalSeconds);
        return limit / longest;
    }
}
