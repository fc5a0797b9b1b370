using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Tests.Harness;

namespace PortfolioBot.Bot.Tests;

public sealed class ProfileAndLanguageTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ProfileShowsComputedExperienceAfterTheTeacherEntersItsStart()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "ru");
        await chat.SayAsync("/profile");
        await chat.PressAsync("✏️ Педагогический стаж");

        var replies = await chat.SayAsync("01.09.2010");

        Assert.Contains("Педагогический стаж: 15 л. 1 мес.", TelegramChat.Texts(replies));
        await using var db = _host.NewDb();
        Assert.Equal(new DateOnly(2010, 9, 1), (await db.Teachers.SingleAsync(t => t.Id == teacher.Id)).PedagogicalExperienceSince);
    }

    [Fact]
    public async Task CategoryWithAwardDateGivesTheNextAttestationDate()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await chat.SayAsync("/profile");
        await chat.PressAsync("✏️ Санаты");
        await chat.PressAsync("педагог-сарапшы");

        var replies = await chat.SayAsync("25.05.2022");

        var text = TelegramChat.Texts(replies);
        Assert.Contains("Санаты: педагог-сарапшы", text);
        Assert.Contains("Келесі аттестация: 25.05.2027", text);
    }

    [Fact]
    public async Task BadProfileValueIsRefusedAndAskedAgain()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await chat.SayAsync("/profile");
        await chat.PressAsync("✏️ Туған жылы");

        var refused = await chat.SayAsync("1890");
        var accepted = await chat.SayAsync("1985");

        Assert.Contains("Мәні жарамсыз", TelegramChat.Texts(refused));
        Assert.Contains("Туған жылы: 1985", TelegramChat.Texts(accepted));
    }

    [Fact]
    public async Task LanguageChoiceOverridesTheClientLanguage()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await chat.SayAsync("/language");

        await chat.PressAsync("Қазақша");
        var menu = await chat.SayAsync("/menu");

        Assert.Contains("Басты мәзір", TelegramChat.Texts(menu));
        await using var db = _host.NewDb();
        Assert.Equal("kk", (await db.ChatAccounts.SingleAsync()).Language);
    }

    [Fact]
    public async Task DescriptionOverTheLimitIsRefusedWithTheLimitStated()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await AddEntryTests.StartKindAsync(chat, "3. ", "Авторские программы");
        await chat.SayAsync("Программа");
        await chat.SayAsync("01.10.2025");
        await chat.PressAsync("⏭"); // link

        var replies = await chat.SayAsync(new string('я', 2001));

        Assert.Contains("2001 символов, максимум 2000", TelegramChat.Texts(replies));
    }
}
