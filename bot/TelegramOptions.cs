using System.ComponentModel.DataAnnotations;

namespace PortfolioBot.Bot;

public enum TelegramMode
{
    Polling,
    Webhook,
}

/// <summary>The <c>Telegram</c> settings section. No token means the bot is off; everything else still runs.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    /// <summary>Telegram's own download limit for bots (a local Bot API server allows up to 2 GB).</summary>
    public const long CloudDownloadLimit = 20L * 1024 * 1024;

    /// <summary>From @BotFather, "123456789:AA..."; set it through Telegram__Token or user-secrets, never in the repo.</summary>
    [RegularExpression(@"^\d{3,15}:[A-Za-z0-9_-]{20,}$", ErrorMessage = "Telegram:Token is malformed: expected '<digits>:<secret>' as @BotFather gives it.")]
    public string? Token { get; set; }

    /// <summary>Bot API root; a local Bot API server or a test server can be named.</summary>
    [Required(ErrorMessage = "Telegram:ApiBaseUrl is required.")]
    [Url(ErrorMessage = "Telegram:ApiBaseUrl must be an absolute http(s) URL.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public https URL Telegram posts updates to (Webhook mode); its path is where the admin host listens.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1–256 of A-Z a-z 0-9 _ -.</summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,256}$", ErrorMessage = "Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and -.")]
    public string? WebhookSecret { get; set; }

    [Range(1024, 2L * 1024 * 1024 * 1024, ErrorMessage = "Telegram:MaxDownloadBytes must be between 1 KB and 2 GB.")]
    public long MaxDownloadBytes { get; set; } = CloudDownloadLimit;

    /// <summary>Optional; read from getMe otherwise. Used for deep links.</summary>
    public string? BotUsername { get; set; }

    /// <summary>Updates one user may send per minute before the bot stops answering for a while.</summary>
    [Range(5, 10000, ErrorMessage = "Telegram:FloodMessagesPerMinute must be between 5 and 10000.")]
    public int FloodMessagesPerMinute { get; set; } = 40;

    /// <summary>Wrong invite codes one chat may try per hour.</summary>
    [Range(1, 1000, ErrorMessage = "Telegram:JoinAttemptsPerHour must be between 1 and 1000.")]
    public int JoinAttemptsPerHour { get; set; } = 5;

    /// <summary>
    /// Chats handled at the same time (updates of one chat are always handled in order). Handling an update is
    /// mostly waiting for Telegram (two calls of ~100 ms each from Kazakhstan), so slots, not CPU, set the pace.
    /// </summary>
    [Range(1, 256, ErrorMessage = "Telegram:MaxParallelChats must be between 1 and 256.")]
    public int MaxParallelChats { get; set; } = 64;

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public string WebhookPath => Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length > 1
        ? uri.AbsolutePath
        : "/telegram/webhook";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled || Mode != TelegramMode.Webhook) yield break;
        if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            yield return new ValidationResult("Telegram:WebhookUrl must be a public https:// URL in Webhook mode.", [nameof(WebhookUrl)]);
        if (string.IsNullOrEmpty(WebhookSecret))
            yield return new ValidationResult("Telegram:WebhookSecret is required in Webhook mode.", [nameof(WebhookSecret)]);
    }
}
