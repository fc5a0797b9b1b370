using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Tests.Harness;
using PortfolioBot.Core.Entries;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests;

public sealed class RobustnessTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task HostRestartMidFlowResumesWhereTheTeacherWas()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await AddEntryTests.StartKindAsync(chat, "3. ", "Авторлық бағдарламалар");
        await chat.SayAsync("Робототехника үйірмесі");

        await _host.RestartAsync();
        var replies = await chat.SayAsync("10.10.2025");

        Assert.Contains("Сілтеме", TelegramChat.Texts(replies));
        await AddEntryTests.AnswerOptionalStepsAsync(chat);
        var summary = await chat.PressAsync("Дайын");
        Assert.Contains("Атауы: Робототехника үйірмесі", TelegramChat.Texts(summary));
    }

    [Fact]
    public async Task StaleButtonFromAnEarlierStepIsOutOfDate()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await AddEntryTests.StartKindAsync(chat, "3. ", "Авторские программы");
        var titlePrompt = chat.Messages.Last(m => m.Text?.Contains("Напишите название") == true);
        await chat.SayAsync("Программа");

        var press = _host.Telegram.PressButton(titlePrompt, "Назад", chat.User);
        await _host.WaitHandledAsync(press);

        Assert.Contains("устарела", (await _host.Telegram.WaitForCallbackAnswerAsync(press)).Text);
        var replies = await chat.SayAsync("01.10.2025");
        Assert.Contains("Ссылка", TelegramChat.Texts(replies));
    }

    [Fact]
    public async Task ForgedButtonNamingAnotherTeachersEntryRevealsAndChangesNothing()
    {
        var (other, _) = await TelegramChat.JoinAsync(_host, "ru", "Другой Учитель");
        await AddEntryTests.GoToFilesAsync(other, "ru");
        await other.PressAsync("Готово");
        await other.PressAsync("Сохранить черновик");
        await using var before = _host.NewDb();
        var victim = await before.Entries.SingleAsync();
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");

        var forged = _host.Telegram.PressForgedButton(chat.ChatId, chat.Last.MessageId, $"e:{victim.Id}:{victim.Revision}:del", chat.User);
        await _host.WaitHandledAsync(forged);
        var peek = _host.Telegram.PressForgedButton(chat.ChatId, chat.Last.MessageId, $"n:e:{victim.Id}", chat.User);
        await _host.WaitHandledAsync(peek);

        Assert.Equal("Эта запись недоступна.", (await _host.Telegram.WaitForCallbackAnswerAsync(forged)).Text);
        Assert.Equal("Эта запись недоступна.", (await _host.Telegram.WaitForCallbackAnswerAsync(peek)).Text);
        Assert.DoesNotContain(chat.Messages, m => m.Text?.Contains(victim.Title) == true);
        await using var after = _host.NewDb();
        var unchanged = await after.Entries.SingleAsync();
        Assert.Equal((false, victim.Revision), (unchanged.IsDeleted, unchanged.Revision));
    }

    [Fact]
    public async Task SameUpdateDeliveredTwiceIsHandledOnce()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        var since = _host.Telegram.Checkpoint();

        var first = _host.Telegram.SendText(chat.User, "/add");
        _host.Telegram.EnqueueRaw(first);
        await _host.WaitHandledAsync(first);

        Assert.Single(chat.Since(since), m => m.Text?.Contains("В какой раздел") == true);
    }

    [Fact]
    public async Task DoubleTappedSubmitSubmitsOnce()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await AddEntryTests.GoToFilesAsync(chat, "ru");
        await chat.SendDocumentAsync("plan.pdf", SampleFiles.Pdf());
        await chat.PressAsync("Готово");
        var summary = chat.WithButton("Отправить на проверку");
        var data = FakeTelegramServer.Button(summary, "Отправить на проверку").CallbackData!;

        var tap1 = _host.Telegram.PressForgedButton(chat.ChatId, summary.MessageId, data, chat.User);
        var tap2 = _host.Telegram.PressForgedButton(chat.ChatId, summary.MessageId, data, chat.User);
        await _host.WaitHandledAsync(tap2);

        Assert.Contains("устарела", (await _host.Telegram.WaitForCallbackAnswerAsync(tap2)).Text);
        await using var db = _host.NewDb();
        var entry = await db.Entries.SingleAsync();
        Assert.Equal(EntryStatus.Submitted, entry.Status);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.EntityId == entry.Id && a.Action == "submitted"));
        Assert.NotNull(tap1);
    }

    [Fact]
    public async Task DoubleTappedSubmitOnTheCardSubmitsOnce()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await AddEntryTests.GoToFilesAsync(chat, "kk");
        await chat.PressAsync("Дайын");
        await chat.PressAsync("Қаралама ретінде сақтау");
        var card = chat.WithButton("Тексеруге жіберу");
        var data = FakeTelegramServer.Button(card, "Тексеруге жіберу").CallbackData!;

        _host.Telegram.PressForgedButton(chat.ChatId, card.MessageId, data, chat.User);
        var tap2 = _host.Telegram.PressForgedButton(chat.ChatId, card.MessageId, data, chat.User);
        await _host.WaitHandledAsync(tap2);

        Assert.Contains("мерзімі өтті", (await _host.Telegram.WaitForCallbackAnswerAsync(tap2)).Text);
        await using var db = _host.NewDb();
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "submitted"));
    }

    [Theory]
    [InlineData("sticker")]
    [InlineData("voice")]
    [InlineData("location")]
    [InlineData("contact")]
    public async Task UnsupportedMessageGetsGuidance(string kind)
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");

        var replies = await chat.RunAsync(() => kind switch
        {
            "sticker" => _host.Telegram.SendSticker(chat.ChatId),
            "voice" => _host.Telegram.SendVoice(chat.ChatId, [1, 2, 3]),
            "location" => _host.Telegram.SendLocation(chat.ChatId, 43.24, 76.95),
            _ => _host.Telegram.SendContact(chat.ChatId, "+77010000000"),
        });

        Assert.Contains("Такое сообщение я не могу сохранить", TelegramChat.Texts(replies));
    }

    [Fact]
    public async Task FloodingUserIsThrottledWithOneNotice()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Telegram:FloodMessagesPerMinute"] = "5" });
        var chat = TelegramChat.Open(host, "ru");

        var replies = new List<SentMessage>();
        for (var i = 0; i < 8; i++) replies.AddRange(await chat.SayAsync("/start"));

        Assert.Single(replies, m => m.Text?.Contains("Слишком много сообщений") == true);
        Assert.Equal(5, replies.Count(m => m.Text?.Contains("ссылку-приглашение") == true));
    }

    [Fact]
    public async Task ReceivingLoopSurvivesTelegramErrors()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        _host.Telegram.FailNext("getUpdates", 2, FaultKind.InternalServerError);
        _host.Telegram.FailNext("sendMessage", 1, FaultKind.BadGateway);

        var replies = await chat.SayAsync("/menu");

        Assert.Contains("Главное меню", TelegramChat.Texts(replies));
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("sendMessage", StringComparison.Ordinal) && l.Message.Contains(chat.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBotTokenNeverReachesTheLogs()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        _host.Telegram.FailNext("getUpdates", 1, FaultKind.InternalServerError);
        _host.Telegram.FailNext("sendMessage", 1, FaultKind.BadGateway);
        var secret = _host.Telegram.Token[(_host.Telegram.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];

        await chat.SayAsync("/menu");

        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("sendMessage", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Message.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooManyRequestsWaitsRetryAfterThenDelivers()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        _host.Telegram.FailNext("sendMessage", 1, FaultKind.TooManyRequests, retryAfterSeconds: 1);
        var sendsBefore = _host.Telegram.RequestCount("sendMessage");

        var replies = await chat.SayAsync("/menu");

        Assert.Contains("Главное меню", TelegramChat.Texts(replies));
        Assert.Equal(sendsBefore + 2, _host.Telegram.RequestCount("sendMessage"));
    }
}
