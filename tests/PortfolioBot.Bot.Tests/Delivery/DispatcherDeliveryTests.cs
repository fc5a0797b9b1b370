using PortfolioBot.Core.Delivery;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests.Delivery;

public sealed class DispatcherDeliveryTests
{
    [Fact]
    public async Task EveryNotificationArrivesOnceDespiteFaultsAndWithinTelegramLimits()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        for (var i = 0; i < 36; i++)
        {
            var (teacher, _) = await harness.AddLinkedTeacherAsync();
            await harness.EnqueueDraftRemindersAsync(teacher.Id, $"Single {i}", 1);
        }
        var (busy, busyChat) = await harness.AddLinkedTeacherAsync();
        await harness.EnqueueDraftRemindersAsync(busy.Id, "Busy", 4);
        harness.Telegram.FailNext("sendMessage", 1, FaultKind.TooManyRequests, retryAfterSeconds: 1);
        harness.Telegram.FailNext("sendMessage", 2, FaultKind.InternalServerError);
        harness.Telegram.FailNext("sendMessage", 1, FaultKind.BadGateway);
        harness.Telegram.FailNext("sendMessage", 1, FaultKind.Timeout);

        await harness.StartDispatcherAsync();
        var outbox = await harness.WaitUntilSettledAsync();

        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var delivered = harness.DeliveredTexts();
        Assert.Equal(40, delivered.Count);
        Assert.All(delivered, d => Assert.Equal(1, d.Value));
        Assert.Equal(4, harness.Telegram.MessagesTo(busyChat).Count);
        var report = harness.Telegram.CheckRateLimits(new RateLimitPolicy(30, 1));
        Assert.False(report.HasBreaches, report.ToString());
        Assert.True(harness.Telegram.RequestCount("sendMessage") >= 45, "the injected faults were hit");
    }

    [Fact]
    public async Task BlockedTeacherIsMarkedUnreachableAndNotTriedAgain()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, chat) = await harness.AddLinkedTeacherAsync();
        harness.Telegram.FailNext("sendMessage", 1, FaultKind.Forbidden, chatId: chat);
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Blocked", 3);

        await harness.StartDispatcherAsync();
        var outbox = await harness.WaitUntilSettledAsync();

        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Unreachable, m.Status));
        Assert.Single(harness.Telegram.Faults.Calls, c => c.ChatId == chat);
        await using var db = harness.Store.NewDb();
        Assert.NotNull(db.ChatAccounts.Single(a => a.TeacherId == teacher.Id).UnreachableSince);
    }

    [Fact]
    public async Task TeacherWithoutLinkedTelegramIsUnreachable()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var teacher = await harness.Store.AddTeacherAsync(harness.SchoolId, "Ерлан Беков");
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Nobody", 1);

        await harness.StartDispatcherAsync();
        var message = Assert.Single(await harness.WaitUntilSettledAsync());

        Assert.Equal(OutboxStatus.Unreachable, message.Status);
        Assert.Equal(0, harness.Telegram.RequestCount("sendMessage"));
    }

    [Fact]
    public async Task RepeatedServerErrorsGiveUpAfterMaxAttemptsAndShowWhy()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, chat) = await harness.AddLinkedTeacherAsync();
        harness.Telegram.FailNext("sendMessage", 10, FaultKind.InternalServerError, chatId: chat);
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Doomed", 1);

        await harness.StartDispatcherAsync(new Dictionary<string, string?> { ["Delivery:MaxAttempts"] = "3" });
        var message = Assert.Single(await harness.WaitUntilSettledAsync());

        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(3, message.Attempts);
        Assert.Contains("Gave up after 3 attempts", message.LastError);
        Assert.Equal(3, harness.Telegram.RequestCount("sendMessage"));
    }

    [Fact]
    public async Task MessageTelegramRefusesFailsAtOnce()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, chat) = await harness.AddLinkedTeacherAsync();
        harness.Telegram.FailNext("sendMessage", 1, FaultKind.BadRequest, chatId: chat, description: "Bad Request: message is too long");
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Too long", 1);

        await harness.StartDispatcherAsync();
        var message = Assert.Single(await harness.WaitUntilSettledAsync());

        Assert.Equal((OutboxStatus.Failed, 1), (message.Status, message.Attempts));
        Assert.Contains("message is too long", message.LastError);
    }

    [Fact]
    public async Task HostWhoseBotIsOffLeavesTheOutboxUntouched()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, _) = await harness.AddLinkedTeacherAsync();
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Later", 1);

        var host = await harness.StartDispatcherAsync(botOff: true);
        await host.Get<OutboxDispatcher>().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        var message = Assert.Single(await harness.OutboxAsync());
        Assert.Equal((OutboxStatus.Pending, 0, null, null), (message.Status, message.Attempts, message.ClaimedBy, message.SendingStartedAt));
    }

    [Fact]
    public async Task NightTimeMessageWaitsForTheEndOfQuietHours()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, _) = await harness.AddLinkedTeacherAsync();
        await harness.EnqueueDraftRemindersAsync(teacher.Id, "Night", 1);
        // Quiet hours around the real clock's current Almaty time, whatever it is when the test runs.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone));
        var (start, end) = (local.AddHours(-1), local.AddHours(2));

        await harness.StartDispatcherAsync(new Dictionary<string, string?>
        {
            ["Reminders:QuietStart"] = start.ToString("HH:mm"),
            ["Reminders:QuietEnd"] = end.ToString("HH:mm"),
        });
        var message = Assert.Single(await harness.WaitForOutboxAsync(all => all[0].NextAttemptAt > DateTime.UtcNow, TimeSpan.FromSeconds(20)));

        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(end.ToString("HH:mm"), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(message.NextAttemptAt, zone)).ToString("HH:mm"));
        Assert.Equal(0, harness.Telegram.RequestCount("sendMessage"));
    }
}
