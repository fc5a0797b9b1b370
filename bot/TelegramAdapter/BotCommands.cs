using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using Telegram.Bot.Types;

namespace PortfolioBot.Bot.TelegramAdapter;

/// <summary>The command menu Telegram shows next to the text box, in each language.</summary>
internal static class BotCommands
{
    public static IReadOnlyList<BotCommand> For(string language) =>
    [
        new() { Command = "menu", Description = T.CmdMenu.Get(language) },
        new() { Command = "add", Description = T.CmdAdd.Get(language) },
        new() { Command = "portfolio", Description = T.CmdPortfolio.Get(language) },
        new() { Command = "profile", Description = T.CmdProfile.Get(language) },
        new() { Command = "deadlines", Description = T.CmdDeadlines.Get(language) },
        new() { Command = "language", Description = T.CmdLanguage.Get(language) },
        new() { Command = "mute", Description = T.CmdMute.Get(language) },
        new() { Command = "unmute", Description = T.CmdUnmute.Get(language) },
        new() { Command = "cancel", Description = T.CmdCancel.Get(language) },
        new() { Command = "help", Description = T.CmdHelp.Get(language) },
    ];

    /// <summary>Language code → commands; "" is the default list for clients in other languages.</summary>
    public static IEnumerable<(string? LanguageCode, IReadOnlyList<BotCommand> Commands)> All() =>
        Languages.All.Select(l => ((string?)l, For(l))).Append((null, For(Languages.Russian)));
}
