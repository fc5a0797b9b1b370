using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Benchmarks.Infrastructure;
using PortfolioBot.Bot;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Core;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing.FakeTelegram;
using static PortfolioBot.Benchmarks.Infrastructure.Results;

namespace PortfolioBot.Benchmarks.Scenarios.Bot;

/// <summary>
/// Scenario 1: simulated teachers run full add-entry conversations at rising concurrency against the product's
/// bot (AddCore + AddTelegramBot, real SQLite, real Telegram.Bot client, fake Bot API server). Each level is
/// followed at once by the echo-bot baseline with as many users sending as many updates.
/// </summary>
public static class BotThroughput
{
    public const string Name = "bot";
    private const long FirstUserId = 700_000;

    private sealed record Level(int Users, int UpdatesPerUser, double UpdatesPerSecond, double P50, double P99, int Silent, int Updates, double CpuMsPerUpdate);

    public static async Task RunAsync(BenchOptions options, Results results, CostMeter meter)
    {
        int[] levels = options.Tiny ? [1, 5] : [1, 10, 50, 200];
        var folder = options.NewFolder(Name);
        try
        {
            await using var tg = await FakeTelegramServer.StartAsync();
            await using var host = await StartBotAsync(folder, tg, meter, parallelChats: null);
            await tg.Updates.WaitForPollerAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            await using var watcher = new ChatWatcher(tg, Handled(host));
            var join = new StepLog();
            var teachers = await JoinAsync(host, tg, watcher, levels.Max(), join);

            await using var echoTg = await FakeTelegramServer.StartAsync();
            await using var echo = new EchoBot(echoTg.CreateClient());
            await echoTg.Updates.WaitForPollerAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            await using var echoWatcher = new ChatWatcher(echoTg);

            var conversation = 0;
            var echoAtTop = 0.0;
            // Warm-up, not measured: the first minute pays for JIT and tiered re-compilation (measured: 20–40% of
            // the process's CPU in the first 35 s), which a bot running for days does not. Both sides get it.
            var warm = Math.Min(50, teachers.Count);
            var warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency * (options.Tiny ? 0 : 30);
            var echoWarm = Enumerable.Range(0, warm).Select(i => echoTg.RegisterUser(new FakeUser(FirstUserId + 90_000 + i, $"Warm {i}", LanguageCode: "ru"))).ToList();
            do
            {
                await MeasureAsync(warm, (i, log) => new SimulatedTeacher(tg, watcher, teachers[i], log).AddEntryAsync(Interlocked.Increment(ref conversation)));
                await MeasureAsync(warm, async (i, log) =>
                {
                    for (var k = 0; k < 12; k++) log.Add(await echoWatcher.StepAsync(echoWarm[i].Id, () => echoTg.SendText(echoWarm[i], $"warm {k}"), TimeSpan.FromSeconds(60)));
                });
            }
            while (Stopwatch.GetTimestamp() < warmUntil);
            foreach (var users in levels)
            {
                var perTeacher = options.Tiny ? (users == 1 ? 2 : 1) : Math.Max(1, (int)Math.Ceiling(40.0 / users));
                meter.Reset();
                var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
                var ours = await MeasureAsync(users, async (i, log) =>
                {
                    for (var r = 0; r < perTeacher; r++)
                        await new SimulatedTeacher(tg, watcher, teachers[i], log).AddEntryAsync(Interlocked.Increment(ref conversation));
                });
                var jitMs = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
                var sqlPerUpdate = meter.SqlTotal.TotalMilliseconds / ours.Updates;
                var apiPerUpdate = meter.ApiTotal.TotalMilliseconds / ours.Updates;
                var top = meter.TopSql();
                var apiCalls = meter.ApiByMethod();
                var thrown = meter.TopException();

                var perUser = ours.Updates / users;
                var baseline = await MeasureAsync(users, async (i, log) =>
                {
                    var user = echoTg.RegisterUser(new FakeUser(FirstUserId + 50_000 + i, $"Echo {i}", LanguageCode: "ru"));
                    for (var k = 0; k < perUser; k++)
                        log.Add(await echoWatcher.StepAsync(user.Id, () => echoTg.SendText(user, $"echo {k}"), TimeSpan.FromSeconds(60)));
                });

                echoAtTop = baseline.UpdatesPerSecond;
                var ratio = ours.UpdatesPerSecond / baseline.UpdatesPerSecond;
                results.Add(new ResultRow("1 Bot", $"{users} teachers: updates/s ({ours.Updates} updates)", F(ours.UpdatesPerSecond),
                    $"echo {F(baseline.UpdatesPerSecond)}", F(ratio, "0.00"), "≥ 0.5 of echo", Met(ratio >= 0.5)));
                var p99Target = users == levels.Max() && !options.Tiny;
                results.Add(new ResultRow("1 Bot", $"{users} teachers: latency p50 / p99 ms", $"{F(ours.P50)} / {F(ours.P99)}",
                    $"echo {F(baseline.P50)} / {F(baseline.P99)}", F(ours.P99 / baseline.P99, "0.0"),
                    p99Target ? "p99 < 50 ms" : "", p99Target ? Met(ours.P99 < 50) : ""));
                results.Add(new ResultRow("1 Bot", $"{users} teachers: process CPU ms per update", F(ours.CpuMsPerUpdate, "0.00"),
                    $"echo {F(baseline.CpuMsPerUpdate, "0.00")}", F(ours.CpuMsPerUpdate / baseline.CpuMsPerUpdate, "0.0"), "", ""));
                results.Cost("1 Bot", $"{users} teachers: {F(ours.CpuMsPerUpdate, "0.00")} ms CPU per update vs echo {F(baseline.CpuMsPerUpdate, "0.00")} " +
                    $"({F((double)meter.ApiCount / ours.Updates, "0.0")} Bot API calls per update vs echo's 1, each a Kestrel request on the fake and a JSON round trip); " +
                    $"per update {F(sqlPerUpdate, "0.00")} ms in SQL ({meter.SqlCount / Math.Max(1, ours.Updates)} commands), " +
                    $"{F(apiPerUpdate, "0.00")} ms in Bot API calls (per update: {string.Join(", ", apiCalls.Select(a => $"{a.Method} {F((double)a.Count / ours.Updates, "0.00")}"))}); " +
                    $"top SQL: {top?.Count}× {F(top?.Total.TotalMilliseconds ?? 0, "0")} ms `{top?.Sql}`; " +
                    $"{F((double)meter.ExceptionCount / ours.Updates, "0.00")} exceptions thrown per update (most: {thrown?.Count}× {thrown?.What ?? "none"}); " +
                    $"JIT {F(jitMs, "0")} ms during the level; " +
                    $"{ours.Silent} updates answered only by a callback answer");
            }
            if (!options.Tiny) await PacedAsync(results, tg, watcher, echoTg, echoWatcher, teachers, () => Interlocked.Increment(ref conversation));
            await using var db = host.NewDb();
            var drafts = await db.Entries.CountAsync();
            if (drafts != conversation) throw new InvalidOperationException($"{conversation} conversations but {drafts} drafts stored.");
            if (!options.Tiny) await ParallelVariantAsync(options, results, meter, levels.Max(), echoAtTop);
        }
        finally
        {
            BenchOptions.TryDelete(folder);
        }
    }

    /// <summary>The bot finished handling an update (its inbox confirms updates before answering them).</summary>
    private static Func<Telegram.Bot.Types.Update, CancellationToken, Task> Handled(ProductHost host)
    {
        var dispatcher = host.Services.GetRequiredService<UpdateDispatcher>();
        return (update, ct) => dispatcher.WaitHandledAsync("telegram", update.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
    }

    /// <summary>
    /// The closed loop above measures capacity: every teacher answers the bot instantly, so at 200 teachers the
    /// latency is queueing (Little's law: 200 / throughput). Here the same 200 teachers pause about a second
    /// before each step — still faster than anyone types on a phone — and the latency is what one of them feels.
    /// </summary>
    private static async Task PacedAsync(
        Results results, FakeTelegramServer tg, ChatWatcher watcher, FakeTelegramServer echoTg, ChatWatcher echoWatcher,
        IReadOnlyList<FakeUser> teachers, Func<int> nextConversation)
    {
        var think = TimeSpan.FromSeconds(1);
        var ours = await MeasureAsync(teachers.Count, (i, log) => new SimulatedTeacher(tg, watcher, teachers[i], log, think).AddEntryAsync(nextConversation()));
        var perUser = ours.Updates / teachers.Count;
        var echo = await MeasureAsync(teachers.Count, async (i, log) =>
        {
            var user = echoTg.RegisterUser(new FakeUser(FirstUserId + 70_000 + i, $"Paced {i}", LanguageCode: "ru"));
            for (var k = 0; k < perUser; k++)
            {
                await Task.Delay(think * (0.5 + Random.Shared.NextDouble()));
                log.Add(await echoWatcher.StepAsync(user.Id, () => echoTg.SendText(user, $"paced {k}"), TimeSpan.FromSeconds(60)));
            }
        });
        results.Add(new ResultRow("1 Bot", $"{teachers.Count} teachers at a human pace (~1 s before each step; {F(ours.UpdatesPerSecond)} updates/s offered): latency p50 / p99 ms",
            $"{F(ours.P50)} / {F(ours.P99)}", $"echo {F(echo.P50)} / {F(echo.P99)}", F(ours.P99 / echo.P99, "0.0"), "p99 < 50 ms", Met(ours.P99 < 50)));
        results.Add(new ResultRow("1 Bot", $"{teachers.Count} teachers at a human pace: process CPU ms per update", F(ours.CpuMsPerUpdate, "0.00"),
            $"echo {F(echo.CpuMsPerUpdate, "0.00")}", F(ours.CpuMsPerUpdate / echo.CpuMsPerUpdate, "0.0"), "", ""));
    }

    private static Task<ProductHost> StartBotAsync(string folder, FakeTelegramServer tg, CostMeter meter, int? parallelChats)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = tg.Token,
            ["Telegram:ApiBaseUrl"] = tg.BaseUrl,
            // The default (40 a minute) is a per-person flood guard; a simulated teacher types faster than that on purpose.
            ["Telegram:FloodMessagesPerMinute"] = "10000",
        };
        if (parallelChats is { } n) settings["Telegram:MaxParallelChats"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ProductHost.StartAsync(folder, settings, b =>
        {
            b.AddCore();
            b.AddTelegramBot();
            b.Services.AddHttpClient("telegram").AddHttpMessageHandler(() => new ApiTimingHandler(meter));
        }, app => app.MapTelegramWebhook());
    }

    /// <summary>
    /// The top level again on a fresh bot with Telegram:MaxParallelChats at its previous default of 8 (now 64):
    /// how much throughput the handling slots, rather than work, decided.
    /// </summary>
    private static async Task ParallelVariantAsync(BenchOptions options, Results results, CostMeter meter, int users, double echo)
    {
        const int Parallel = 8;
        var folder = options.NewFolder(Name + "-p");
        try
        {
            await using var tg = await FakeTelegramServer.StartAsync();
            await using var host = await StartBotAsync(folder, tg, meter, Parallel);
            await tg.Updates.WaitForPollerAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            await using var watcher = new ChatWatcher(tg, Handled(host));
            var teachers = await JoinAsync(host, tg, watcher, users, new StepLog());
            var conversation = 0;
            var ours = await MeasureAsync(users, (i, log) =>
                new SimulatedTeacher(tg, watcher, teachers[i], log).AddEntryAsync(Interlocked.Increment(ref conversation)));
            results.Add(new ResultRow("1 Bot", $"{users} teachers, Telegram:MaxParallelChats={Parallel} (the previous default; now 64): updates/s", F(ours.UpdatesPerSecond),
                $"echo {F(echo)}", F(ours.UpdatesPerSecond / echo, "0.00"), "≥ 0.5 of echo", Met(ours.UpdatesPerSecond / echo >= 0.5)));
            results.Add(new ResultRow("1 Bot", $"{users} teachers, MaxParallelChats={Parallel}: latency p50 / p99 ms", $"{F(ours.P50)} / {F(ours.P99)}",
                "", "", "", ""));
        }
        finally
        {
            BenchOptions.TryDelete(folder);
        }
    }

    private static async Task<Level> MeasureAsync(int users, Func<int, StepLog, Task> run)
    {
        var log = new StepLog();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, users).Select(i => Task.Run(() => run(i, log))));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        var latencies = log.Latencies.ToArray();
        // CPU of the whole process (bot or echo, fake server and simulated users alike), per update handled.
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / latencies.Length;
        return new Level(users, latencies.Length / users, latencies.Length / seconds,
            Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 99), log.Silent, latencies.Length, cpuMs);
    }

    /// <summary>Teachers created in the database, invited, and linked through the bot's /start deep link (not measured).</summary>
    private static async Task<IReadOnlyList<FakeUser>> JoinAsync(ProductHost host, FakeTelegramServer tg, ChatWatcher watcher, int count, StepLog log)
    {
        var time = host.Services.GetRequiredService<TimeProvider>();
        var codes = new List<(FakeUser User, string Code)>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortfolioDbContext>();
            var school = new School("Школа-гимназия №1");
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            var teachers = Enumerable.Range(0, count).Select(i => new Teacher(school.Id, $"Учитель Тестовый {i}", time.GetUtcNow().UtcDateTime)).ToList();
            db.Teachers.AddRange(teachers);
            await db.SaveChangesAsync();
            var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
            for (var i = 0; i < count; i++)
            {
                var user = tg.RegisterUser(new FakeUser(FirstUserId + i, $"Учитель{i}", LanguageCode: "ru"));
                codes.Add((user, await invitations.IssueForTeacherAsync(teachers[i].Id, Actor.System)));
            }
        }
        await Task.WhenAll(codes.Select(c => new SimulatedTeacher(tg, watcher, c.User, log).JoinAsync(c.Code)));
        await using var check = host.NewDb();
        var linked = await check.ChatAccounts.CountAsync(a => a.TeacherId != null);
        if (linked != count) throw new InvalidOperationException($"Only {linked} of {count} teachers were linked by /start.");
        return [.. codes.Select(c => c.User)];
    }
}
