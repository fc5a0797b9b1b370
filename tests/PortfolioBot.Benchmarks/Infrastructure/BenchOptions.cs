namespace PortfolioBot.Benchmarks.Infrastructure;

/// <summary>Command line: --tiny (seconds-long sizes), --scenario &lt;name&gt; (repeatable), --no-write (keep docs/benchmarks.md).</summary>
public sealed record BenchOptions(bool Tiny, IReadOnlySet<string> Scenarios, bool Write, string WorkRoot)
{
    public static BenchOptions Parse(string[] args)
    {
        var tiny = false;
        var write = true;
        var scenarios = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tiny": tiny = true; break;
                case "--no-write": write = false; break;
                case "--scenario" when i + 1 < args.Length: scenarios.Add(args[++i]); break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'. Use --tiny, --no-write, --scenario <bot|admin|reminders|evidence|startup>.");
            }
        }
        var root = Path.Combine(Path.GetTempPath(), "portfoliobot-bench");
        Directory.CreateDirectory(root);
        return new BenchOptions(tiny, scenarios, write, root);
    }

    public bool Runs(string scenario) => Scenarios.Count == 0 || Scenarios.Contains(scenario);

    /// <summary>A fresh folder for one scenario's data, removed by the caller.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(WorkRoot, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The checkout this program was built from (the folder holding PortfolioBot.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PortfolioBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find PortfolioBot.sln above " + AppContext.BaseDirectory);
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a stopping host: the temp folder is cleaned on the next run's start.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
