using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PortfolioBot.Benchmarks.Infrastructure;
using static PortfolioBot.Benchmarks.Infrastructure.Results;

namespace PortfolioBot.Benchmarks.Scenarios;

/// <summary>
/// Scenario 5: the built admin host started as its own process (dotnet PortfolioBot.Admin.dll) on a free port
/// with a temp data folder: time to the first 200 from /health, first on an empty folder (migrations run) and
/// then on the same folder again; RSS once it has been idle for 5 s. Its log lines, timed as they arrive,
/// split start-up into runtime + host build, database set-up, and the first request.
/// </summary>
public static class StartupIdle
{
    public const string Name = "startup";

    public static async Task RunAsync(BenchOptions options, Results results)
    {
        var dll = Path.Combine(BenchOptions.RepositoryRoot(), "admin", "bin", "Release", "net10.0", "PortfolioBot.Admin.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the admin host in Release first: {dll}");
        var folder = options.NewFolder(Name);
        try
        {
            foreach (var label in new[] { "empty data folder (migrations run)", "existing data folder" })
                await StartOnceAsync(results, dll, folder, label, idle: TimeSpan.FromSeconds(options.Tiny ? 1 : 5));
        }
        finally
        {
            BenchOptions.TryDelete(folder);
        }
    }

    private static async Task StartOnceAsync(Results results, string dll, string folder, string label, TimeSpan idle)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        info.Environment["Storage__DataDirectory"] = folder;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var start = Stopwatch.GetTimestamp();
        double? firstLog = null, listening = null;
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            firstLog ??= Stats.MsSince(start);
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal)) listening ??= Stats.MsSince(start);
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var ready = await WaitForHealthAsync(http, process, start);
            await Task.Delay(idle);
            process.Refresh();
            var rss = process.WorkingSet64 / (1024.0 * 1024);
            var peak = process.PeakWorkingSet64 / (1024.0 * 1024);
            results.Add(new ResultRow("5 Start-up", $"{label}: process start → /health 200, ms", F(ready, "0"), "", "", "report", ""));
            results.Add(new ResultRow("5 Start-up", $"{label}: RSS after {idle.TotalSeconds:0} s idle / peak, MB", $"{F(rss, "0")} / {F(peak, "0")}", "", "", "report", ""));
            results.Cost("5 Start-up", $"{label}: first log line at {F(firstLog ?? double.NaN, "0")} ms (runtime start + host build), " +
                $"'Now listening' at {F(listening ?? double.NaN, "0")} ms (database set-up and hosted services start), first /health 200 at {F(ready, "0")} ms");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    private static async Task<double> WaitForHealthAsync(HttpClient http, Process process, long start)
    {
        while (Stats.MsSince(start) < 60_000)
        {
            if (process.HasExited) throw new InvalidOperationException($"The admin host exited with code {process.ExitCode} before answering /health.");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return Stats.MsSince(start);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("The admin host did not answer /health within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
