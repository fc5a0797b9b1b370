namespace PortfolioBot.Benchmarks.Infrastructure;

/// <summary>Percentiles over measured samples (nearest-rank on a sorted copy).</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyCollection<double> samples, double p)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static double Ms(long startTimestamp, long endTimestamp) =>
        TimeProvider.System.GetElapsedTime(startTimestamp, endTimestamp).TotalMilliseconds;

    public static double MsSince(long startTimestamp) => TimeProvider.System.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
