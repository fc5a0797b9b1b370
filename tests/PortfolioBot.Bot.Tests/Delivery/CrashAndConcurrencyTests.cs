using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests.Delivery;

public sealed class CrashAndConcurrencyTests
{
    [Fact]
    public async Task HostStoppedMidDispatchDeliversTheRestExactlyOnceAfterRestart()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, chat) = await harness.AddLinkedTeacherAsync();
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Restart", 6);

        var first = await harness.StartDispatcherAsync();
        await harness.Telegram.WaitForMessagesAsync(2, chat, TimeSpan.FromSeconds(20));
        await harness.StopAsync(first);
        var afterStop = await harness.OutboxAsync();
        await harness.StartDispatcherAsync();
        var outbox = await harness.WaitUntilSettledAsync();

        Assert.Contains(afterStop, m => m.Status == OutboxStatus.Pending);
        Assert.All(afterStop.Where(m => m.Status == OutboxStatus.Pending), m => Assert.Null(m.ClaimedBy));
        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal([.. Enumerable.Range(1, 6).Select(i => $"Restart {i}")], harness.Telegram.MessagesTo(chat).Select(m => Title(m.Text)));
    }

    [Fact]
    public async Task TwoDispatchersOnOneDatabaseDeliverEachNotificationOnce()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        for (var i = 0; i < 30; i++)
        {
            var (teacher, _) = await harness.AddLinkedTeacherAsync();
            await harness.EnqueueDraftRemindersAsync(teacher.Id, $"Shared {i}", 2);
        }
        // Two processes share Telegram's budget: each takes half.
        var half = new Dictionary<string, string?>
        {
            ["Delivery:GlobalPerSecond"] = "15",
            ["Delivery:PerChatPerSecond"] = "0.5",
            ["Delivery:BatchSize"] = "4",
        };

        await Task.WhenAll(harness.StartDispatcherAsync(half), harness.StartDispatcherAsync(half));
        var outbox = await harness.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));

        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var delivered = harness.DeliveredTexts();
        Assert.Equal(60, delivered.Count);
        Assert.All(delivered, d => Assert.Equal(1, d.Value));
        var report = harness.Telegram.CheckRateLimits(new RateLimitPolicy(30, 1));
        Assert.False(report.HasBreaches, report.ToString());
    }

    [Fact]
    public async Task EachChatsMessagesArriveInOrderWhenBatchesOverlap()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var chats = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var (teacher, chat) = await harness.AddLinkedTeacherAsync();
            await harness.EnqueueDraftRemindersAsync(teacher.Id, $"Queue {i}", 4);
            chats.Add(chat);
        }

        // Batches of 2: every chat's messages are spread over several batches claimed while earlier ones are still sending.
        await harness.StartDispatcherAsync(new Dictionary<string, string?> { ["Delivery:BatchSize"] = "2" });
        var outbox = await harness.WaitUntilSettledAsync();

        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        for (var i = 0; i < 3; i++)
            Assert.Equal([.. Enumerable.Range(1, 4).Select(k => $"Queue {i} {k}")], harness.Telegram.MessagesTo(chats[i]).Select(m => Title(m.Text)));
        var report = harness.Telegram.CheckRateLimits(new RateLimitPolicy(30, 1));
        Assert.False(report.HasBreaches, report.ToString());
    }

    [Fact]
    public async Task MessageWhoseSendWasInterruptedByACrashIsFlaggedNotResent()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, chat) = await harness.AddLinkedTeacherAsync();
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "In doubt", 1);
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Fine", 1);
        await using (var db = harness.Store.NewDb())
        {
            // What a dispatcher that died between calling Telegram and recording the outcome leaves behind.
            var started = DateTime.UtcNow.AddMinutes(-5);
            await db.Outbox.Where(m => m.Key == "test:In doubt:1").ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ClaimedBy, "crashed-host#1")
                .SetProperty(m => m.ClaimedUntil, started.AddMinutes(2))
                .SetProperty(m => m.SendingStartedAt, started));
        }

        await harness.StartDispatcherAsync();
        var outbox = await harness.WaitUntilSettledAsync();

        var inDoubt = outbox.Single(m => m.Key == "test:In doubt:1");
        Assert.Equal(OutboxStatus.Failed, inDoubt.Status);
        Assert.StartsWith("In doubt", inDoubt.LastError);
        Assert.Equal(OutboxStatus.Sent, outbox.Single(m => m.Key == "test:Fine:1").Status);
        Assert.Equal(["Fine 1"], harness.Telegram.MessagesTo(chat).Select(m => Title(m.Text)));
    }

    /// <summary>The draft title inside the reminder text: between « and ».</summary>
    private static string Title(string? text)
    {
        var start = text!.IndexOf('«', StringComparison.Ordinal) + 1;
        return text[start..text.IndexOf('»', start)];
    }
}
