using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PortfolioBot.Benchmarks.Infrastructure;

namespace PortfolioBot.Benchmarks.Scenarios.Admin;

/// <summary>
/// The baseline: the very SQL EF sent for a page (captured with its parameter values), executed through a
/// plain SqliteConnection with every row read. What is left above it is EF, Razor, HTTP and the page's own work.
/// </summary>
public sealed class RawReplay(string databasePath) : IDisposable
{
    private readonly SqliteConnection _connection = Open(databasePath);

    private static SqliteConnection Open(string path)
    {
        var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        return c;
    }

    /// <summary>Runs every command once; returns the total ms and the slowest command with its ms.</summary>
    public (double TotalMs, CapturedCommand Slowest, double SlowestMs) Run(IReadOnlyList<CapturedCommand> commands)
    {
        var total = 0.0;
        var slowest = commands[0];
        var slowestMs = -1.0;
        foreach (var captured in commands)
        {
            var start = Stopwatch.GetTimestamp();
            using (var command = Command(captured, explain: false))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
                }
            }
            var ms = Stats.MsSince(start);
            total += ms;
            if (ms > slowestMs) (slowest, slowestMs) = (captured, ms);
        }
        return (total, slowest, slowestMs);
    }

    /// <summary>SQLite's plan for a command: "SCAN Entries", "SEARCH Entries USING INDEX ...", "USE TEMP B-TREE FOR ORDER BY".</summary>
    public string Plan(CapturedCommand captured)
    {
        using var command = Command(captured, explain: true);
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read()) steps.Add(reader.GetString(3));
        return string.Join("; ", steps);
    }

    private SqliteCommand Command(CapturedCommand captured, bool explain)
    {
        var command = _connection.CreateCommand();
        command.CommandText = (explain ? "EXPLAIN QUERY PLAN " : "") + captured.Sql;
        foreach (var (name, value) in captured.Parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose() => _connection.Dispose();
}
