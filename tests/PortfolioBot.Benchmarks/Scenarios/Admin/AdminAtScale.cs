using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Benchmarks.Infrastructure;
using PortfolioBot.Core.Analysis;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Staff;
using static PortfolioBot.Benchmarks.Infrastructure.Results;

namespace PortfolioBot.Benchmarks.Scenarios.Admin;

/// <summary>
/// Scenario 2: the admin's heaviest reads over a big database (10,000 teachers, 1,000,000 entries), through
/// HTTP against the real admin host, signed in as a reviewer of all 50 schools (a district reviewer: the worst
/// case, every row in scope). Baseline: the same SQL replayed raw.
/// </summary>
public static class AdminAtScale
{
    public const string Name = "admin";
    private const string Email = "zavuch@bench.kz";
    private const string SchoolEmail = "zavuch1@bench.kz";
    private const string Password = "correct-horse-42";

    public static async Task RunAsync(BenchOptions options, Results results, CostMeter meter)
    {
        var (teachers, entries) = options.Tiny ? (100, 10_000) : (10_000, 1_000_000);
        var iterations = options.Tiny ? 5 : 40;
        var cached = await EnsureSeededAsync(options, teachers, entries);
        var folder = options.NewFolder(Name);
        try
        {
            var database = Path.Combine(folder, "portfoliobot.db");
            File.Copy(cached, database);
            await using var factory = new AdminFactory(folder);
            var address = factory.Start();
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(
                    "Завуч района", Email, Password, StaffRole.Reviewer, [.. Enumerable.Range(1, AdminSeeder.Schools)], Actor.System);
                if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors));
                created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(
                    "Завуч школы №1", SchoolEmail, Password, StaffRole.Reviewer, [1], Actor.System);
                if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors));
            }
            using var client = await AdminFactory.SignedInClientAsync(address, Email, Password);
            using var schoolClient = await AdminFactory.SignedInClientAsync(address, SchoolEmail, Password);
            using var raw = new RawReplay(database);
            Console.WriteLine($"  {teachers} teachers, {entries} entries; {iterations} requests per page");

            (string Label, Func<int, Task> Request)[] pages =
            [
                ("review queue, unfiltered, reviewer of all 50 schools", i => GetAsync(client, i % 2 == 0 ? "/Review" : "/Review?page=2")),
                ($"review queue, unfiltered, reviewer of one school ({entries / AdminSeeder.Schools} entries)", i => GetAsync(schoolClient, i % 2 == 0 ? "/Review" : "/Review?page=2")),
                ("review queue, filtered (school+section+search)", i => GetAsync(client, $"/Review?school={1 + i % AdminSeeder.Schools}&section=2&status=all&q=%D0%BA%D0%BE%D0%BD%D0%BA%D1%83%D1%80%D1%81")),
                ("review queue, search across all 50 schools (q=конкурс, FTS5 trigram)", i => GetAsync(client, $"/Review?q=%D0%BA%D0%BE%D0%BD%D0%BA%D1%83%D1%80%D1%81&page={1 + i % 2}")),
                ("review queue, search across all 50 schools, rare words (q=образования 1234)", i => GetAsync(client, "/Review?status=all&q=%D0%BE%D0%B1%D1%80%D0%B0%D0%B7%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D1%8F%20" + (1234 + i))),
                ("review queue, 2-character search in one school (q=ко, LIKE)", i => GetAsync(client, $"/Review?school={1 + i % AdminSeeder.Schools}&status=all&q=%D0%BA%D0%BE")),
                // A waiting entry (the seeder submits ids ending in 3 or 4 of every 20), from the district queue.
                ("review entry page from the district queue (next/previous)", i => GetAsync(client, $"/Review/Entry/{20 * (1 + i * 997 % (entries / 20 - 1)) + 3}")),
                ("teacher's portfolio page", i => GetAsync(client, $"/Teachers/Portfolio/{TeacherId(i, teachers)}")),
                ("3-year analysis (service, in-process)", async i =>
                {
                    await using var scope = factory.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ThreeYearAnalysis>().ForTeacherAsync(TeacherId(i, teachers));
                }),
            ];
            foreach (var (label, request) in pages)
                await MeasureAsync(results, meter, raw, label, request, iterations);
        }
        finally
        {
            BenchOptions.TryDelete(folder);
        }
    }

    private static int TeacherId(int i, int teachers) => 1 + (int)((i * 7919L) % teachers);

    private static long _bytes;
    private static long _options;

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Interlocked.Add(ref _bytes, body.Length);
        Interlocked.Add(ref _options, CountOptions(body));
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
    }

    private static int CountOptions(string html)
    {
        var count = 0;
        for (var i = html.IndexOf("<option", StringComparison.Ordinal); i >= 0; i = html.IndexOf("<option", i + 7, StringComparison.Ordinal)) count++;
        return count;
    }

    private static async Task MeasureAsync(Results results, CostMeter meter, RawReplay raw, string label, Func<int, Task> request, int iterations)
    {
        for (var i = 0; i < 2; i++) await request(1000 + i);
        var times = new List<double>();
        var rawTimes = new List<double>();
        meter.Reset();
        (_bytes, _options) = (0, 0);
        (double TotalMs, CapturedCommand? Slowest, double SlowestMs) worst = (0, null, -1);
        for (var i = 0; i < iterations; i++)
        {
            meter.StartCapture();
            var start = Stopwatch.GetTimestamp();
            await request(i);
            times.Add(Stats.MsSince(start));
            var commands = meter.StopCapture();
            var replay = raw.Run(commands);
            rawTimes.Add(replay.TotalMs);
            if (replay.SlowestMs > worst.SlowestMs) worst = replay;
        }
        var (p50, p95) = (Stats.Percentile(times, 50), Stats.Percentile(times, 95));
        var (r50, r95) = (Stats.Percentile(rawTimes, 50), Stats.Percentile(rawTimes, 95));
        results.Add(new ResultRow("2 Admin", $"{label}: p50 / p95 ms", $"{F(p50)} / {F(p95)}", $"raw SQL {F(r50)} / {F(r95)}",
            F(p95 / r95, "0.0"), "p95 < 100 ms", Met(p95 < 100)));
        var sqlShare = meter.SqlTotal.TotalMilliseconds / times.Sum();
        var page = _bytes == 0 ? "" : $"; the page is {_bytes / iterations / 1024} K characters with {_options / iterations} <option>s";
        results.Cost("2 Admin", $"{label}: {F(sqlShare * 100, "0")}% of the time in SQL ({meter.SqlCount / iterations} commands a request){page}; " +
            $"slowest command {F(worst.SlowestMs)} ms raw: `{CostMeter.Shorten(worst.Slowest!.Sql)}` — plan: {raw.Plan(worst.Slowest)}");
    }

    /// <summary>The seeded database for these sizes and this schema, built once and kept under the temp folder.</summary>
    private static async Task<string> EnsureSeededAsync(BenchOptions options, int teachers, int entries)
    {
        var cache = Path.Combine(options.WorkRoot, $"admin-{teachers}x{entries}-{SchemaKey()}.db");
        if (File.Exists(cache))
        {
            Console.WriteLine($"  reusing seeded database {cache}");
            return cache;
        }
        foreach (var stale in Directory.EnumerateFiles(options.WorkRoot, $"admin-{teachers}x{entries}-*.db")) File.Delete(stale);
        var folder = options.NewFolder("admin-seed");
        try
        {
            // The host applies the migrations (core and identity) on start; then the raw seeding fills it.
            await using (var factory = new AdminFactory(folder)) factory.Start();
            var start = Stopwatch.GetTimestamp();
            await AdminSeeder.SeedAsync(Path.Combine(folder, "portfoliobot.db"), teachers, entries, DateTime.UtcNow);
            Console.WriteLine($"  seeded {teachers} teachers and {entries} entries in {Stats.MsSince(start) / 1000:0.0} s");
            File.Move(Path.Combine(folder, "portfoliobot.db"), cache);
            return cache;
        }
        finally
        {
            BenchOptions.TryDelete(folder);
        }
    }

    /// <summary>Changes when any migration is added, so a cached database never has an old schema.</summary>
    private static string SchemaKey()
    {
        var ids = new[] { typeof(PortfolioDbContext).Assembly, typeof(StaffAccounts).Assembly }
            .SelectMany(a => a.GetTypes())
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>().Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("seed-v1|" + string.Join('|', ids))))[..10];
    }
}
