using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Benchmarks.Infrastructure;
using PortfolioBot.Bot;
using PortfolioBot.Core;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing.FakeTelegram;
using static PortfolioBot.Benchmarks.Infrastructure.Results;

namespace PortfolioBot.Benchmarks.Scenarios.Reminders;

/// <summary>
/// Scenario 3: a deadline falls due for every teacher at once. The product's DeadlineReminders enqueues one
/// reminder per teacher; then the product's outbox dispatcher (rate limiters, leases) sends them through the
/// Telegram sender to a fake server that enforces the limits with 429s, like Telegram.
/// </summary>
public static class ReminderFanout
{
    public const string Name = "reminders";
    private const long FirstChatId = 900_000;

    /// <summary>The channel Telegram accounts are stored under (TelegramChannel.ChannelName, internal to the bot).</summary>
    internal const string TelegramChannelName = "telegram";

    public static async Task RunAsync(BenchOptions options, Results results, CostMeter meter)
    {
        var (teachers, global) = options.Tiny ? (60, 100) : (10_000, 30);
        var policy = new RateLimitPolicy(global, 1);
        var folder = options.NewFolder(Name);
        try
        {
            await using var tg = await FakeTelegramServer.StartAsync();
            var enqueueSeconds = await EnqueueAsync(folder, tg, teachers, meter);
            var enqueueSql = meter.SqlTotal.TotalSeconds;
            var enqueueCommands = meter.SqlCount;
            var enqueueTop = meter.TopSql();
            results.Cost("3 Reminders", $"enqueue: DeadlineReminders took {F(enqueueSeconds)} s for {teachers} reminders ({F(enqueueSeconds * 1000 / teachers, "0.0")} ms each), " +
                $"{F(enqueueSql / enqueueSeconds * 100, "0")}% of it in SQL ({enqueueCommands / teachers} commands a reminder; top: {enqueueTop?.Count}× " +
                $"{F(enqueueTop?.Total.TotalMilliseconds ?? 0, "0")} ms `{enqueueTop?.Sql}`)");

            tg.RateLimits.Enforce(policy);
            meter.Reset();
            var start = Stopwatch.GetTimestamp();
            await using var host = await StartAsync(folder, tg, delivery: true, global);
            var timeout = TimeSpan.FromSeconds(teachers / (double)global * 2 + 60);
            await tg.WaitForMessagesAsync(teachers, timeout: timeout);
            var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
            int[] outcome;
            await using (var db = host.NewDb())
            {
                // The outcome is recorded just after the send returns: wait for the last ones to be written.
                for (var i = 0; i < 100 && await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending) > 0; i++) await Task.Delay(100);
                outcome = [.. await db.Outbox.GroupBy(m => m.Status).OrderBy(g => g.Key).Select(g => g.Count()).ToListAsync()];
                var notSent = await db.Outbox.CountAsync(m => m.Status != OutboxStatus.Sent);
                var sends = tg.RateLimits.Sends;
                var duplicates = sends.GroupBy(s => s.ChatId).Sum(g => g.Count() - 1);
                var lost = teachers - sends.Select(s => s.ChatId).Distinct().Count();
                var span = (sends[^1].At - sends[0].At).TotalSeconds;
                var rate = (sends.Count - 1) / span;
                var breaches = tg.CheckRateLimits(policy).Breaches.Count;
                var refused = tg.RateLimits.Rejected.Count;

                results.Add(new ResultRow("3 Reminders", $"{teachers} reminders: achieved msg/s (first to last send)", F(rate, "0.00"),
                    $"limit {global}/s", F(rate / global, "0.00"), "≥ 0.95 of limit", Met(rate / global >= 0.95)));
                results.Add(new ResultRow("3 Reminders", "limit breaches (CheckRateLimits) / 429s refused", $"{breaches} / {refused}", "", "", "0 breaches", Met(breaches == 0)));
                results.Add(new ResultRow("3 Reminders", "duplicates / lost / outbox not Sent", $"{duplicates} / {lost} / {notSent}", "", "", "0 / 0", Met(duplicates == 0 && lost == 0)));
                results.Add(new ResultRow("3 Reminders", "enqueue (DeadlineReminders) / deliver wall time s", $"{F(enqueueSeconds)} / {F(wall)}",
                    $"ideal at the limit {F(teachers / (double)global)}", "", "", ""));
                var fullWindows = WindowCounts(sends, global);
                var top = meter.TopSql();
                results.Cost("3 Reminders", $"pacing: {F(fullWindows * 100, "0")}% of 1-s windows during the run reached the limit; " +
                    $"a place in the dispatcher's limiter (start → response + 1 s + WindowMarginMs) was reused by the send {global} later after " +
                    $"{F(Reuse(sends, global, 0.5) * 1000, "0")} ms median / {F(Reuse(sends, global, 0.99) * 1000, "0")} ms p99 (ceiling {global}/that = {F(global / Reuse(sends, global, 0.5), "0.0")}/s); " +
                    $"SQL per message {F(meter.SqlTotal.TotalMilliseconds / teachers, "0.00")} ms " +
                    $"({meter.SqlCount / teachers} commands), top: {top?.Count}× {F(top?.Total.TotalMilliseconds ?? 0, "0")} ms `{top?.Sql}`; outbox by status {string.Join("/", outcome)}");
            }
        }
        finally
        {
            BenchOptions.TryDelete(folder);
        }
        await ChatBacklog.RunAsync(options, results);
    }

    /// <summary>Seconds between send k and send k + limit as the server saw them, at quantile <paramref name="q"/>: how long one of the limiter's places took to come back.</summary>
    private static double Reuse(IReadOnlyList<SendRecord> sends, int limit, double q)
    {
        if (sends.Count <= limit) return double.NaN;
        var gaps = Enumerable.Range(0, sends.Count - limit).Select(k => (sends[k + limit].At - sends[k].At).TotalSeconds).Order().ToList();
        return gaps[(int)Math.Min(gaps.Count - 1, q * gaps.Count)];
    }

    /// <summary>Share of whole seconds between the first and last send in which the limit was reached.</summary>
    private static double WindowCounts(IReadOnlyList<SendRecord> sends, int limit)
    {
        var first = sends[0].At;
        var buckets = sends.GroupBy(s => (int)(s.At - first).TotalSeconds).ToDictionary(g => g.Key, g => g.Count());
        var seconds = (int)(sends[^1].At - first).TotalSeconds;
        if (seconds == 0) return 1;
        return Enumerable.Range(0, seconds).Count(s => buckets.GetValueOrDefault(s) >= limit) / (double)seconds;
    }

    private static async Task<double> EnqueueAsync(string folder, FakeTelegramServer tg, int teachers, CostMeter meter)
    {
        await using var host = await StartAsync(folder, tg, delivery: false, 30);
        var time = host.Services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow().UtcDateTime;
        await using (var db = host.NewDb())
        {
            var school = new School("Школа-лицей №7");
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            var list = Enumerable.Range(0, teachers).Select(i => new Teacher(school.Id, $"Учитель {i}", now)).ToList();
            db.Teachers.AddRange(list);
            await db.SaveChangesAsync();
            for (var i = 0; i < teachers; i++)
            {
                var chat = (FirstChatId + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var account = new ChatAccount(TelegramChannelName, chat, chat, "ru", now);
                account.LinkTeacher(list[i].Id, now);
                db.ChatAccounts.Add(account);
            }
            var today = host.Services.GetRequiredService<SchoolCalendar>().Today(school.TimeZoneId);
            db.Deadlines.Add(new Deadline(school.Id, "Портфолио к аттестации", today, DeadlineAudience.WholeSchool,
                DeadlineRequirement.ConfirmedEntryInEverySection, null, now));
            await db.SaveChangesAsync();
        }
        meter.Reset();
        var start = Stopwatch.GetTimestamp();
        await using var scope = host.Services.CreateAsyncScope();
        var enqueued = await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync();
        if (enqueued != teachers) throw new InvalidOperationException($"DeadlineReminders enqueued {enqueued} reminders for {teachers} teachers.");
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    internal static Task<ProductHost> StartAsync(string folder, FakeTelegramServer tg, bool delivery, int global, IDictionary<string, string?>? overrides = null) =>
        ProductHost.StartAsync(folder, new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>())
        {
            ["Telegram:Token"] = tg.Token,
            ["Telegram:ApiBaseUrl"] = tg.BaseUrl,
            ["Scheduler:Enabled"] = "false",
            // Quiet hours off: the run must not depend on the hour it happens to start at in Almaty.
            ["Reminders:QuietStart"] = "00:00",
            ["Reminders:QuietEnd"] = "00:00",
            ["Delivery:Enabled"] = delivery ? "true" : "false",
            ["Delivery:GlobalPerSecond"] = global.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:PerChatPerSecond"] = "1",
        }, b =>
        {
            b.AddCore();
            b.AddReminders();
            // Registers the chat notification sender the dispatcher delivers through.
            b.AddTelegramBot();
        });
}
