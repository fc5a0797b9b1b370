using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace PortfolioBot.Benchmarks.Infrastructure;

/// <summary>One measured line: value, the same-run baseline it is compared with, and the target if there is one.</summary>
public sealed record ResultRow(string Scenario, string Metric, string Value, string Baseline = "", string Ratio = "", string Target = "", string Met = "");

/// <summary>What a scenario found costs most, from a counter or a timed section.</summary>
public sealed record CostNote(string Scenario, string Note);

public sealed class Results
{
    private readonly List<ResultRow> _rows = [];
    private readonly List<CostNote> _costs = [];
    private readonly List<string> _failures = [];

    public IReadOnlyList<ResultRow> Rows => _rows;
    public IReadOnlyList<string> Failures => _failures;

    public void Add(ResultRow row)
    {
        _rows.Add(row);
        Console.WriteLine($"  {row.Metric}: {row.Value}{(row.Baseline.Length > 0 ? $" | baseline {row.Baseline}" : "")}{(row.Ratio.Length > 0 ? $" | ratio {row.Ratio}" : "")}{(row.Target.Length > 0 ? $" | target {row.Target} {row.Met}" : "")}");
    }

    public void Cost(string scenario, string note)
    {
        _costs.Add(new CostNote(scenario, note));
        Console.WriteLine($"  cost: {note}");
    }

    public void Fail(string scenario, Exception ex)
    {
        _failures.Add($"{scenario}: {ex.GetType().Name}: {ex.Message}");
        Console.Error.WriteLine($"  FAILED {scenario}: {ex}");
    }

    public static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Met(bool met) => met ? "yes" : "NO";

    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Scenario | Metric | Value | Baseline (same run) | Ratio | Target | Met |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in _rows)
            sb.AppendLine($"| {r.Scenario} | {r.Metric} | {r.Value} | {r.Baseline} | {r.Ratio} | {r.Target} | {r.Met} |");
        return sb.ToString();
    }

    public string Markdown(BenchOptions options, TimeSpan elapsed)
    {
        var gc = GC.GetGCMemoryInfo();
        var sb = new StringBuilder();
        sb.AppendLine("# Benchmarks");
        sb.AppendLine();
        sb.AppendLine("Written by `dotnet run -c Release --project tests/PortfolioBot.Benchmarks` (see the Benchmarks section of README.md).");
        sb.AppendLine("The machine is shared and noisy: compare each value with its baseline measured in the same run.");
        sb.AppendLine();
        sb.AppendLine($"- Date: {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; run took {elapsed.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture)} min; sizes: {(options.Tiny ? "tiny" : "full")}");
        sb.AppendLine($"- Cores: {Environment.ProcessorCount}; memory available to .NET: {gc.TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.0} GB");
        sb.AppendLine($"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}); .NET {Environment.Version} ({RuntimeInformation.FrameworkDescription})");
        sb.AppendLine();
        sb.Append(Table());
        sb.AppendLine();
        sb.AppendLine("## Biggest cost found per scenario (measured)");
        sb.AppendLine();
        foreach (var c in _costs) sb.AppendLine($"- **{c.Scenario}**: {c.Note}");
        if (_failures.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Failed scenarios");
            sb.AppendLine();
            foreach (var f in _failures) sb.AppendLine($"- {f}");
        }
        return sb.ToString();
    }
}
