using System.Diagnostics;
using PortfolioBot.Benchmarks.Infrastructure;
using PortfolioBot.Benchmarks.Scenarios;
using PortfolioBot.Benchmarks.Scenarios.Admin;
using PortfolioBot.Benchmarks.Scenarios.Bot;
using PortfolioBot.Benchmarks.Scenarios.Evidence;
using PortfolioBot.Benchmarks.Scenarios.Reminders;

namespace PortfolioBot.Benchmarks;

/// <summary>Runs the scenarios, prints the table and writes docs/benchmarks.md.</summary>
public static class BenchmarkMain
{
    public static async Task<int> Main(string[] args)
    {
        // Hosts here must not watch their config files: inotify instances are a per-user limit (128) shared with
        // everything else on the machine, and a dozen hosts started in one run used them up.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        var options = BenchOptions.Parse(args);
        var results = new Results();
        using var meter = new CostMeter();
        var started = Stopwatch.GetTimestamp();
        Console.WriteLine($"PortfolioBot benchmarks ({(options.Tiny ? "tiny" : "full")} sizes), work folder {options.WorkRoot}");

        (string Name, Func<Task> Run)[] scenarios =
        [
            (BotThroughput.Name, () => BotThroughput.RunAsync(options, results, meter)),
            (AdminAtScale.Name, () => AdminAtScale.RunAsync(options, results, meter)),
            (ReminderFanout.Name, () => ReminderFanout.RunAsync(options, results, meter)),
            (EvidenceStreaming.Name, () => EvidenceStreaming.RunAsync(options, results)),
            (StartupIdle.Name, () => StartupIdle.RunAsync(options, results)),
        ];
        var unknown = options.Scenarios.Except(scenarios.Select(s => s.Name), StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", scenarios.Select(s => s.Name))}.");
            return 2;
        }

        foreach (var (name, run) in scenarios.Where(s => options.Runs(s.Name)))
        {
            Console.WriteLine($"== {name}");
            var watch = Stopwatch.StartNew();
            try
            {
                await run();
            }
            catch (Exception ex)
            {
                results.Fail(name, ex);
            }
            Console.WriteLine($"   ({watch.Elapsed.TotalSeconds:0.0} s)");
        }

        Console.WriteLine();
        Console.WriteLine(results.Table());
        if (options.Write)
        {
            var docs = Path.Combine(BenchOptions.RepositoryRoot(), "docs");
            Directory.CreateDirectory(docs);
            var path = Path.Combine(docs, "benchmarks.md");
            await File.WriteAllTextAsync(path, results.Markdown(options, Stopwatch.GetElapsedTime(started)));
            Console.WriteLine($"Wrote {path}");
        }
        if (results.Failures.Count > 0)
        {
            Console.Error.WriteLine($"{results.Failures.Count} scenario(s) failed:");
            foreach (var f in results.Failures) Console.Error.WriteLine("  " + f);
            return 1;
        }
        return 0;
    }
}
