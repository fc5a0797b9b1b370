using PortfolioBot.Bot.TelegramAdapter;

namespace PortfolioBot.Admin.Teachers;

/// <summary>
/// What an invitation sheet shows: the one-time code, the bot's deep link and its QR code. Shared by the
/// teacher invite page and a staff member's own Telegram page, rendered by Pages/Shared/_InviteSheet.
/// </summary>
public sealed record InviteSheet(string Code, string? Link, string? QrSvgMarkup)
{
    public string Name { get; init; } = "";
    public string? Subtitle { get; init; }
    public string Title { get; init; } = "";

    /// <summary>What the person sees once the bot accepted the code (the sheet's last step).</summary>
    public string LastStep { get; init; } = "";

    public DateTime? ExpiresAt { get; init; }

    public static InviteSheet For(string code, BotIdentity bot)
    {
        var link = bot.InviteLink(code);
        // Without a bot username there is no link, and a QR of a bare code would only confuse a phone camera.
        return new InviteSheet(code, link, link is null ? null : QrSvg.Render(link));
    }
}
