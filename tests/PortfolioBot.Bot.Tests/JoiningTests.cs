using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Tests.Harness;

namespace PortfolioBot.Bot.Tests;

public sealed class JoiningTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ValidInviteLinksTheTeacherAndGreetsByNameInKazakh()
    {
        var teacher = await _host.AddTeacherAsync("Әсел Серікова");
        var chat = TelegramChat.Open(_host, "kk");

        var replies = await chat.SayAsync("/start " + await _host.InviteAsync(teacher.Id));

        Assert.Contains("Қош келдіңіз, Әсел Серікова!", TelegramChat.Texts(replies));
        Assert.Contains(chat.Last.Buttons, b => b.Text.Contains("Жазба қосу"));
        await using var db = _host.NewDb();
        Assert.Equal(teacher.Id, (await db.ChatAccounts.SingleAsync()).TeacherId);
    }

    [Fact]
    public async Task UsedInviteIsRefusedInRussian()
    {
        var teacher = await _host.AddTeacherAsync("Иван Петров");
        var code = await _host.InviteAsync(teacher.Id);
        await TelegramChat.Open(_host, "ru").SayAsync("/start " + code);
        var other = TelegramChat.Open(_host, "ru");

        var replies = await other.SayAsync("/start " + code);

        Assert.Contains("уже использовано", TelegramChat.Texts(replies));
        await using var db = _host.NewDb();
        Assert.Single(await db.ChatAccounts.Where(a => a.TeacherId == teacher.Id).ToListAsync());
    }

    [Fact]
    public async Task ExpiredInviteIsRefusedInKazakh()
    {
        var teacher = await _host.AddTeacherAsync("Ерлан Қасымов");
        var code = await _host.InviteAsync(teacher.Id);
        _host.Time.Advance(TimeSpan.FromDays(15));

        var replies = await TelegramChat.Open(_host, "kk").SayAsync("/start " + code);

        Assert.Contains("мерзімі өтіп кеткен", TelegramChat.Texts(replies));
    }

    [Fact]
    public async Task GuessedCodesAreRateLimitedPerChat()
    {
        var teacher = await _host.AddTeacherAsync("Иван Петров");
        var chat = TelegramChat.Open(_host, "ru");
        for (var i = 0; i < 5; i++)
            Assert.Contains("недействителен", TelegramChat.Texts(await chat.SayAsync($"/start guess{i}AAAAAAAAAAAAAAAAAAAA")));

        // Even the right code waits now: guessing must not pay off.
        var replies = await chat.SayAsync("/start " + await _host.InviteAsync(teacher.Id));

        Assert.Contains("Слишком много неверных кодов", TelegramChat.Texts(replies));
        await using var db = _host.NewDb();
        Assert.Empty(await db.ChatAccounts.Where(a => a.TeacherId != null).ToListAsync());
    }

    [Fact]
    public async Task StartWithoutCodeExplainsHowToGetAnInvite()
    {
        var replies = await TelegramChat.Open(_host, "ru").SayAsync("/start");

        Assert.Contains("ссылку-приглашение", TelegramChat.Texts(replies));
    }

    [Fact]
    public async Task UnlinkedUserIsToldToAskForAnInvite()
    {
        var replies = await TelegramChat.Open(_host, "kk").SayAsync("/add");

        Assert.Contains("шақыру сілтемесін", TelegramChat.Texts(replies));
    }

    [Fact]
    public async Task GroupChatGetsAPolitePrivateOnlyAnswer()
    {
        var user = _host.Telegram.RegisterUser(new Testing.FakeTelegram.FakeUser(777, "Айгүл", LanguageCode: "ru"));
        _host.Telegram.RegisterGroup(-100500, "Учительская");

        var update = _host.Telegram.SendGroupText(-100500, user, "/start hello");
        await _host.WaitHandledAsync(update);

        Assert.Contains("только в личном чате", _host.Telegram.LastMessageTo(-100500).Text);
    }
}
