namespace PortfolioBot.Core.Reminders;

public enum SchedulerStore
{
    /// <summary>Schedules live in memory and are rebuilt at start (one host; the default).</summary>
    InMemory,

    /// <summary>Quartz's ADO job store in SQLite; the schema is created at start when missing.</summary>
    Sqlite,
}

/// <summary>The Quartz scheduler that runs the reminder jobs.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Off: no reminder jobs run in this host (tests drive the jobs by hand; a second web node).</summary>
    public bool Enabled { get; set; } = true;

    public SchedulerStore Store { get; set; } = SchedulerStore.InMemory;

    /// <summary>For the Sqlite store; default: scheduler.db in Storage:DataDirectory.</summary>
    public string? ConnectionString { get; set; }

}
