using PortfolioBot.Benchmarks.Infrastructure;

namespace PortfolioBot.Benchmarks.Scenarios;

public static class StartupIdle
{
    public const string Name = "startupidle";

    public static Task RunAsync(BenchOptions options, Results results) => throw new NotImplementedException();
}
