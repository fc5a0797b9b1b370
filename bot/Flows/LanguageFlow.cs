using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Bot.Flows;

/// <summary>/language: the user's choice wins over Telegram's language_code from then on.</summary>
public sealed class LanguageFlow
{
    public Task ShowAsync(Conversation c, CancellationToken ct) => c.ShowAsync(new OutgoingMessage(c.T(T.ChooseLanguage),
        [[new("🇰🇿 Қазақша", CallbackData.Language(Languages.Kazakh)), new("🇷🇺 Русский", CallbackData.Language(Languages.Russian)),
         new("🇬🇧 English", CallbackData.Language(Languages.English))]]), ct);

    public async Task ChooseAsync(Conversation c, string code, CancellationToken ct)
    {
        if (!Languages.All.Contains(code))
        {
            await c.NoticeAsync(c.T(T.Stale), ct);
            return;
        }
        c.Account?.ChooseLanguage(code);
        c.Language = code;
        await c.ShowAsync(new OutgoingMessage(c.T(T.LanguageSet)), ct);
        if (c.Teacher is not null) await c.SendAsync(MainMenuFlow.Render(c.Language), ct);
    }
}
