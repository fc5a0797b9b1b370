using System.ComponentModel.DataAnnotations;

namespace PortfolioBot.Core.Delivery;

/// <summary>The outbox dispatcher: how fast, how often, how long to keep trying.</summary>
public sealed class DeliveryOptions : IValidatableObject
{
    public const string SectionName = "Delivery";

    /// <summary>Off: the outbox fills but nothing is sent (a host without a chat channel).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages per second over all chats (Telegram allows about 30).</summary>
    [Range(1, 1000, ErrorMessage = "Delivery:GlobalPerSecond must be between 1 and 1000.")]
    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>Messages per second to one chat (Telegram allows about 1); below 1 means one per 1/x seconds.</summary>
    [Range(0.01, 100, ErrorMessage = "Delivery:PerChatPerSecond must be between 0.01 and 100.")]
    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>
    /// Extra hold added after each send's window, in milliseconds. The limiter is safe without it (a send holds its
    /// place until one window after its *response*, and Telegram counted it before answering); this small margin
    /// only covers clock-rate differences and a Telegram that counts a little after it answers. Each 10 ms costs
    /// about 1% of the rate.
    /// </summary>
    [Range(0, 1000, ErrorMessage = "Delivery:WindowMarginMs must be between 0 and 1000.")]
    public int WindowMarginMs { get; set; } = 10;

    /// <summary>How often an idle dispatcher looks for due messages, in milliseconds.</summary>
    [Range(10, 600_000, ErrorMessage = "Delivery:PollIntervalMs must be between 10 and 600000.")]
    public int PollIntervalMs { get; set; } = 2000;

    /// <summary>How many due messages one dispatcher claims at a time.</summary>
    [Range(1, 1000, ErrorMessage = "Delivery:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How many chats one dispatcher serves at once (each chat in order). A chat with several messages
    /// keeps its task waiting one per-chat interval (1 s) between them, so this must be at least GlobalPerSecond ×
    /// that interval for such batches to fill the global limit: 8 capped them at 8 msg/s. Waiting tasks cost no thread.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Delivery:MaxParallelChats must be between 1 and 64.")]
    public int MaxParallelChats { get; set; } = 32;

    /// <summary>
    /// How long a claim keeps other dispatchers away, in seconds. Must outlast a send and the longest wait in a chat's
    /// queue, 1.5 × BatchSize / PerChatPerSecond (75 s by default).
    /// </summary>
    [Range(5, 3600, ErrorMessage = "Delivery:LeaseSeconds must be between 5 and 3600.")]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Longest wait for one send before it counts as a timeout, in seconds (shorter than the lease).</summary>
    [Range(1, 600, ErrorMessage = "Delivery:SendTimeoutSeconds must be between 1 and 600.")]
    public int SendTimeoutSeconds { get; set; } = 30;

    /// <summary>Attempts (transient failures) before a message is marked failed and shown in the admin.</summary>
    [Range(1, 100, ErrorMessage = "Delivery:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay in milliseconds; each further attempt doubles it (with jitter).</summary>
    [Range(1, 3_600_000, ErrorMessage = "Delivery:RetryBaseDelayMs must be between 1 and 3600000.")]
    public int RetryBaseDelayMs { get; set; } = 10_000;

    /// <summary>Longest retry delay in milliseconds.</summary>
    [Range(1, 86_400_000, ErrorMessage = "Delivery:RetryMaxDelayMs must be between 1 and 86400000.")]
    public int RetryMaxDelayMs { get; set; } = 3_600_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SendTimeoutSeconds >= LeaseSeconds)
            yield return new("Delivery:SendTimeoutSeconds must be shorter than Delivery:LeaseSeconds.", [nameof(SendTimeoutSeconds)]);
        if (RetryBaseDelayMs > RetryMaxDelayMs)
            yield return new("Delivery:RetryBaseDelayMs must not exceed Delivery:RetryMaxDelayMs.", [nameof(RetryBaseDelayMs)]);
    }

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan SendTimeout => TimeSpan.FromSeconds(SendTimeoutSeconds);
    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(PollIntervalMs);
}
