namespace PortfolioBot.Core.Delivery;

/// <summary>Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out.</summary>
public static class RetryPolicy
{
    public static TimeSpan Delay(int attemptsSoFar, DeliveryOptions options, Random? random = null)
    {
        var exponent = Math.Clamp(attemptsSoFar - 1, 0, 30);
        var raw = Math.Min((double)options.RetryMaxDelayMs, options.RetryBaseDelayMs * Math.Pow(2, exponent));
        var jitter = (random ?? Random.Shared).NextDouble() * raw / 2;
        return TimeSpan.FromMilliseconds(raw / 2 + jitter);
    }
}
