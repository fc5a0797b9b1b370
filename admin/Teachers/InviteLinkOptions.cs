using System.ComponentModel.DataAnnotations;

namespace PortfolioBot.Admin.Teachers;

/// <summary>The part of the Telegram settings the admin needs: the bot's username for invite deep links.</summary>
public sealed class InviteLinkOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The bot's username without "@" (e.g. PortfolioSchoolBot); empty when the bot is not set up yet.</summary>
    [RegularExpression("^@?[A-Za-z][A-Za-z0-9_]{3,31}$", ErrorMessage = "Telegram:BotUsername must be a Telegram bot username (5–32 letters, digits or _).")]
    public string? BotUsername { get; set; }
}

/// <summary>Builds the deep link that opens the bot with an invitation code.</summary>
public static class InviteLinks
{
    /// <summary>https://t.me/&lt;bot&gt;?start=&lt;code&gt;, or null when no bot username is configured.</summary>
    public static string? DeepLink(string? botUsername, string code) =>
        string.IsNullOrWhiteSpace(botUsername) ? null : $"https://t.me/{botUsername.Trim().TrimStart('@')}?start={Uri.EscapeDataString(code)}";
}
