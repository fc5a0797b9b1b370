using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Benchmarks.Infrastructure;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing.FakeTelegram;
using static PortfolioBot.Benchmarks.Infrastructure.Results;

namespace PortfolioBot.Benchmarks.Scenarios.Reminders;

/// <summary>
/// Part of scenario 3: a backlog where every teacher has several messages queued one after another (e.g. several
/// draft reminders), so a batch holds few chats and each chat must wait 1 s between its messages. Measures how
/// Delivery:MaxParallelChats (the old default 8 against the current default) bounds the rate.
/// </summary>
internal static class ChatBacklog
{
    private const long FirstChatId = 950_000;
    private const int Global = 30;

    public static async Task RunAsync(BenchOptions options, Results results)
    {
        var (teachers, perTeacher) = options.Tiny ? (20, 3) : (100, 4);
        var current = new Core.Delivery.DeliveryOptions().MaxParallelChats;
        foreach (var parallel in new[] { 8, current })
        {
            var (rate, head, breaches) = await MeasureAsync(options, teachers, perTeacher, parallel);
            results.Add(new ResultRow("3 Reminders", $"backlog {teachers} chats × {perTeacher} messages, MaxParallelChats={parallel}{(parallel == current ? " (default)" : "")}: msg/s (first 90% of sends) / breaches",
                $"{F(rate, "0.00")} ({F(head, "0.00")}) / {breaches}", $"limit {Global}/s", F(rate / Global, "0.00"), "", ""));
        }
    }

    private static async Task<(double Rate, double HeadRate, int Breaches)> MeasureAsync(BenchOptions options, int teachers, int perTeacher, int parallel)
    {
        var folder = options.NewFolder($"{ReminderFanout.Name}-backlog-{parallel}");
        try
        {
            await using var tg = await FakeTelegramServer.StartAsync();
            await SeedAsync(folder, tg, teachers, perTeacher);
            var policy = new RateLimitPolicy(Global, 1);
            tg.RateLimits.Enforce(policy);
            var total = teachers * perTeacher;
            await using (await ReminderFanout.StartAsync(folder, tg, delivery: true, Global,
                new Dictionary<string, string?> { ["Delivery:MaxParallelChats"] = parallel.ToString(CultureInfo.InvariantCulture) }))
            {
                await tg.WaitForMessagesAsync(total, timeout: TimeSpan.FromSeconds(total + 60));
            }
            var sends = tg.RateLimits.Sends;
            var rate = (sends.Count - 1) / (sends[^1].At - sends[0].At).TotalSeconds;
            // The tail, when only a few chats have messages left, can go no faster than one message a second per chat.
            var head = sends.Count * 9 / 10;
            var headRate = (head - 1) / (sends[head - 1].At - sends[0].At).TotalSeconds;
            return (rate, headRate, tg.CheckRateLimits(policy).Breaches.Count);
        }
        finally
        {
            BenchOptions.TryDelete(folder);
        }
    }

    /// <summary>Teachers with linked chats, and each teacher's messages queued one after another (teacher by teacher).</summary>
    private static async Task SeedAsync(string folder, FakeTelegramServer tg, int teachers, int perTeacher)
    {
        await using var host = await ReminderFanout.StartAsync(folder, tg, delivery: false, Global);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using var db = host.NewDb();
        var school = new School("Гимназия №3");
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        var list = Enumerable.Range(0, teachers).Select(i => new Teacher(school.Id, $"Учитель {i}", now)).ToList();
        db.Teachers.AddRange(list);
        await db.SaveChangesAsync();
        for (var i = 0; i < teachers; i++)
        {
            var chat = (FirstChatId + i).ToString(CultureInfo.InvariantCulture);
            var account = new ChatAccount(ReminderFanout.TelegramChannelName, chat, chat, "ru", now);
            account.LinkTeacher(list[i].Id, now);
            db.ChatAccounts.Add(account);
            for (var k = 1; k <= perTeacher; k++)
            {
                var payload = JsonSerializer.Serialize(new DraftReminderPayload(k, $"Черновик {k}", "s2.other"));
                db.Outbox.Add(new OutboxMessage($"bench:backlog:{i}:{k}", NotificationKind.DraftReminder, list[i].Id, null, payload, now));
            }
        }
        await db.SaveChangesAsync();
    }
}
