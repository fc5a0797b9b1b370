using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Core.Delivery;

namespace PortfolioBot.Core.Tests.Delivery;

public sealed class DeliveryLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private static (FakeTimeProvider Time, DeliveryLimiter Limiter) Create(int globalPerSecond = 30, double perChatPerSecond = 1, int marginMs = 0)
    {
        var time = new FakeTimeProvider(Start);
        var options = Options.Create(new DeliveryOptions { GlobalPerSecond = globalPerSecond, PerChatPerSecond = perChatPerSecond, WindowMarginMs = marginMs });
        return (time, new DeliveryLimiter(options, time));
    }

    [Fact]
    public void NoWindowOfOneSecondHoldsMoreThanTheLimitEvenWhenResponsesAreSlow()
    {
        var (time, limiter) = Create();
        using var _ = limiter;
        var telegram = new SimulatedTelegram(time, limiter);
        // The worst case for counting at our end: thirty sends are slow and reach Telegram only as they are answered,
        // the next thirty are quick and counted at once, and so on.
        for (var i = 0; i < 300; i++)
            telegram.Queue($"chat-{i}", n => n / 30 % 2 == 0 ? (TimeSpan.FromMilliseconds(900), 1.0) : (TimeSpan.FromMilliseconds(3), 0.0));

        telegram.RunUntilAllAnswered(TimeSpan.FromMinutes(2));

        Assert.Equal(300, telegram.Counted.Count);
        Assert.InRange(telegram.MostInOneSecond(), 1, 30);
    }

    [Fact]
    public void SendsReachTheLimitWhenResponsesAreFast()
    {
        var (time, limiter) = Create(marginMs: 10);
        using var _ = limiter;
        var telegram = new SimulatedTelegram(time, limiter);
        for (var i = 0; i < 600; i++) telegram.Queue($"chat-{i}", _ => (TimeSpan.FromMilliseconds(5), 0.5));

        telegram.RunUntilAllAnswered(TimeSpan.FromMinutes(2));

        // 30 per (1 s + 10 ms margin + 5 ms response + the 1-ms step) ≈ 29.5/s.
        Assert.InRange(telegram.SustainedRate(30), 0.97 * 30, 30);
        Assert.Equal(30, telegram.MostInOneSecond());
    }

    [Fact]
    public void AChatsNextSendWaitsOneIntervalAfterItsPreviousResponse()
    {
        var (time, limiter) = Create();
        using var _ = limiter;
        var telegram = new SimulatedTelegram(time, limiter);
        for (var i = 0; i < 3; i++) telegram.Queue("busy", _ => (TimeSpan.FromMilliseconds(600), 1.0));

        telegram.RunUntilAllAnswered(TimeSpan.FromSeconds(10));

        // Sent at 0, answered at 0.6 → next at 1.6, answered at 2.2 → next at 3.2 (a start-anchored 1/s would send at 0, 1, 2).
        Assert.Equal([0, 1600, 3200], telegram.Started.Select(s => (int)(s.At - Start).TotalMilliseconds));
        Assert.Equal(1, telegram.MostInOneSecond("busy"));
    }

    [Fact]
    public void AChatWaitingItsTurnDoesNotHoldUpOtherChats()
    {
        var (time, limiter) = Create();
        using var _ = limiter;
        var telegram = new SimulatedTelegram(time, limiter);
        telegram.Queue("busy", _ => (TimeSpan.FromMilliseconds(5), 0.0));
        telegram.Queue("busy", _ => (TimeSpan.FromMilliseconds(5), 0.0));
        telegram.Queue("other", _ => (TimeSpan.FromMilliseconds(5), 0.0));

        telegram.RunUntilAllAnswered(TimeSpan.FromSeconds(10));

        Assert.Equal(["busy", "other", "busy"], telegram.Started.Select(s => s.Chat));
        Assert.Equal(0, (telegram.Started[1].At - Start).TotalMilliseconds);
    }

    [Fact]
    public void WaitersAreServedOldestFirst()
    {
        var (time, limiter) = Create(globalPerSecond: 1);
        using var _ = limiter;
        var telegram = new SimulatedTelegram(time, limiter);
        foreach (var chat in new[] { "a", "b", "c", "d" }) telegram.Queue(chat, _ => (TimeSpan.FromMilliseconds(5), 0.0));

        telegram.RunUntilAllAnswered(TimeSpan.FromSeconds(10));

        Assert.Equal(["a", "b", "c", "d"], telegram.Started.Select(s => s.Chat));
    }

    [Fact]
    public async Task ACancelledWaitGivesBackItsPlace()
    {
        var (time, limiter) = Create(globalPerSecond: 1);
        using var _ = limiter;
        (await limiter.WaitAsync("first", CancellationToken.None)).Completed();
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.WaitAsync("impatient", cancel.Token);
        var next = limiter.WaitAsync("patient", CancellationToken.None);

        await cancel.CancelAsync();
        time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True(next.IsCompletedSuccessfully, "the patient waiter got the place the cancelled one was queued for");
    }

    [Fact]
    public async Task APermitGivenBackUnsentFreesItsPlaceAtOnce()
    {
        var (_, limiter) = Create(globalPerSecond: 1);
        using var __ = limiter;
        var unsent = await limiter.WaitAsync("a", CancellationToken.None);
        var next = limiter.WaitAsync("b", CancellationToken.None);

        unsent.Dispose();

        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ChatsLongIdleAreForgotten()
    {
        var (time, limiter) = Create(globalPerSecond: 1000);
        using var _ = limiter;
        for (var i = 0; i < 3000; i++)
        {
            (await limiter.WaitAsync($"chat-{i}", CancellationToken.None)).Completed();
            if (i % 500 == 499) time.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.InRange(limiter.TrackedChats, 1, 1100);
    }
}
