using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;

namespace PortfolioBot.Bot.Flows;

/// <summary>The main menu: five buttons that work from any state (they carry no nonce).</summary>
public sealed class MainMenuFlow
{
    public static OutgoingMessage Render(string language) => new OutgoingMessage(T.MenuTitle.Get(language),
    [
        [new(T.MenuPortfolio.Get(language), CallbackData.Menu("p")), new(T.MenuAdd.Get(language), CallbackData.Menu("a"))],
        [new(T.MenuProfile.Get(language), CallbackData.Menu("r")), new(T.MenuDeadlines.Get(language), CallbackData.Menu("d"))],
        [new(T.MenuHelp.Get(language), CallbackData.Menu("h"))],
    ]);

    public static ChatButton MenuButton(Conversation c) => new(c.T(T.ToMenu), CallbackData.Menu("m"));

    public Task ShowAsync(Conversation c, CancellationToken ct, bool asNewMessage = false)
    {
        c.Reset();
        return asNewMessage ? c.SendAsync(Render(c.Language), ct) : c.ShowAsync(Render(c.Language), ct);
    }

    public async Task CancelAsync(Conversation c, CancellationToken ct)
    {
        c.Reset();
        await c.SayAsync(c.T(T.Cancelled), ct);
        await c.SendAsync(Render(c.Language), ct);
    }

    public Task HelpAsync(Conversation c, CancellationToken ct) =>
        c.ShowAsync(new OutgoingMessage(c.T(T.Help), [[MenuButton(c)]]), ct);
}
