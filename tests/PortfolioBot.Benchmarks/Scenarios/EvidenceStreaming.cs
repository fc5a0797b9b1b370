using PortfolioBot.Benchmarks.Infrastructure;

namespace PortfolioBot.Benchmarks.Scenarios;

public static class EvidenceStreaming
{
    public const string Name = "evidencestreaming";

    public static Task RunAsync(BenchOptions options, Results results) => throw new NotImplementedException();
}
