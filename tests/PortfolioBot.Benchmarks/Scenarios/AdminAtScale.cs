using PortfolioBot.Benchmarks.Infrastructure;

namespace PortfolioBot.Benchmarks.Scenarios;

public static class AdminAtScale
{
    public const string Name = "adminatscale";

    public static Task RunAsync(BenchOptions options, Results results, CostMeter meter) => throw new NotImplementedException();
}
