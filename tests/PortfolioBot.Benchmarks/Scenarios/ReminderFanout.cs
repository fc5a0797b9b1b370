using PortfolioBot.Benchmarks.Infrastructure;

namespace PortfolioBot.Benchmarks.Scenarios;

public static class ReminderFanout
{
    public const string Name = "reminderfanout";

    public static Task RunAsync(BenchOptions options, Results results) => throw new NotImplementedException();
}
