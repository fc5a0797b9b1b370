using PortfolioBot.Testing.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace PortfolioBot.Bot.Tests.FakeTelegram;

/// <summary>The fake Bot API server, exercised through the real Telegram.Bot client.</summary>
public sealed class FakeTelegramServerTests : IAsyncLifetime
{
    private const long ChatId = 4242;
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);

    private FakeTelegramServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync();
        _bot = _server.CreateClient(retryThreshold: 0);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetMe_returns_the_bot_whose_id_comes_from_the_token()
    {
        var me = await _bot.GetMe();

        Assert.Equal(123456, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("portfolio_test_bot", me.Username);
        Assert.StartsWith("http://127.0.0.1:", _server.BaseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_with_inline_keyboard_is_recorded_and_its_button_can_be_pressed_back()
    {
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Buy AAPL", "buy:AAPL"), InlineKeyboardButton.WithUrl("Docs", "https://example.org/docs")],
            [InlineKeyboardButton.WithCallbackData("Cancel", "cancel")],
        ]);

        var sent = await _bot.SendMessage(ChatId, "<b>Pick</b> an action", Telegram.Bot.Types.Enums.ParseMode.Html, replyMarkup: keyboard);

        var recorded = _server.LastMessageTo(ChatId);
        Assert.Equal(sent.Id, recorded.MessageId);
        Assert.Equal("sendMessage", recorded.Method);
        Assert.Equal("<b>Pick</b> an action", recorded.Text);
        Assert.Equal("html", recorded.ParseMode, ignoreCase: true); // Telegram.Bot 22 sends "Html"
        Assert.Equal(
            [[new InlineButton("Buy AAPL", "buy:AAPL", null), new InlineButton("Docs", null, "https://example.org/docs")], [new InlineButton("Cancel", "cancel", null)]],
            recorded.Keyboard.Select(row => row.ToArray()).ToArray());

        var pressed = _server.PressButton(recorded, "buy");
        var updates = await _bot.GetUpdates(timeout: 5);

        var query = Assert.Single(updates).CallbackQuery;
        Assert.NotNull(query);
        Assert.Equal(pressed.CallbackQuery!.Id, query.Id);
        Assert.Equal("buy:AAPL", query.Data);
        Assert.Equal(sent.Id, query.Message!.Id);
        Assert.Equal(ChatId, query.Message.Chat.Id);
        Assert.Equal(ChatId, query.From.Id);

        await _bot.AnswerCallbackQuery(query.Id, "Order placed");
        var answer = await _server.WaitForCallbackAnswerAsync(pressed, Quick);
        Assert.Equal("Order placed", answer.Text);
        Assert.False(answer.ShowAlert);
    }

    [Fact]
    public async Task EditMessageText_updates_the_current_message_records_an_event_and_rejects_a_no_op_edit()
    {
        var sent = await _bot.SendMessage(ChatId, "Loading…", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Stop", "stop")));

        await _bot.EditMessageText(ChatId, sent.Id, "Done");

        var current = _server.LastMessageTo(ChatId);
        Assert.Equal("Done", current.Text);
        Assert.Empty(current.Keyboard);
        Assert.Equal(["sendMessage", "editMessageText"], _server.Events.Select(e => e.Method));
        var noOp = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(ChatId, sent.Id, "Done"));
        Assert.Equal(400, noOp.ErrorCode);
        Assert.StartsWith("Bad Request: message is not modified", noOp.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUpdates_long_poll_waits_and_returns_as_soon_as_an_update_arrives()
    {
        var poll = _bot.GetUpdates(timeout: 30);
        await _server.Updates.WaitForPollerAsync(Quick, CancellationToken.None);
        Assert.False(poll.IsCompleted);

        _server.SendText(ChatId, "/start", languageCode: "ru");
        var updates = await poll.WaitAsync(Quick); // far below the 30 s poll timeout

        var message = Assert.Single(updates).Message!;
        Assert.Equal("/start", message.Text);
        Assert.Equal("ru", message.From!.LanguageCode);
        Assert.Equal(Telegram.Bot.Types.Enums.MessageEntityType.BotCommand, Assert.Single(message.Entities!).Type);
    }

    [Fact]
    public async Task GetUpdates_honours_offset_and_limit_and_confirms_earlier_updates()
    {
        var first = _server.SendText(ChatId, "one");
        var second = _server.SendText(ChatId, "two");
        var third = _server.SendText(ChatId, "three");

        var limited = await _bot.GetUpdates(limit: 2);
        Assert.Equal([first.Id, second.Id], limited.Select(u => u.Id));

        var rest = await _bot.GetUpdates(offset: second.Id + 1);
        Assert.Equal(third.Id, Assert.Single(rest).Id);
        Assert.Equal(1, _server.Updates.PendingCount);

        var empty = await _bot.GetUpdates(offset: third.Id + 1, timeout: 1);
        Assert.Empty(empty);
        Assert.Equal(0, _server.Updates.PendingCount);
    }

    [Fact]
    public async Task Real_client_polling_receives_updates_and_its_replies_are_recorded()
    {
        using var stop = new CancellationTokenSource();
        _bot.StartReceiving(
            async (bot, update, ct) => await bot.SendMessage(update.Message!.Chat.Id, "echo: " + update.Message.Text, cancellationToken: ct),
            (_, _, _) => Task.CompletedTask,
            cancellationToken: stop.Token);

        var update = _server.SendText(ChatId, "hello");

        var reply = await _server.WaitForMessageAsync(ChatId, "echo: hello", Quick);
        Assert.Equal("sendMessage", reply.Method);
        await _server.WaitUntilConfirmedAsync(update, Quick);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task GetFile_and_DownloadFile_round_trip_the_bytes_of_a_user_document()
    {
        byte[] bytes = [.. Enumerable.Range(0, 5000).Select(i => (byte)(i % 251))];
        _server.SendDocument(ChatId, "trades.csv", bytes, "text/csv");

        var document = Assert.Single(await _bot.GetUpdates()).Message!.Document!;
        var file = await _bot.GetFile(document.FileId);
        using var downloaded = new MemoryStream();
        await _bot.DownloadFile(file.FilePath!, downloaded);

        Assert.Equal("trades.csv", document.FileName);
        Assert.Equal(bytes.Length, file.FileSize);
        Assert.Equal(bytes, downloaded.ToArray());
    }

    [Fact]
    public async Task GetFile_refuses_a_file_over_20_MB_like_Telegram()
    {
        var fileId = _server.RegisterLargeFile("huge.zip", 25L * 1024 * 1024);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetFile(fileId));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: file is too big", error.Message);
    }

    [Fact]
    public async Task SendDocument_multipart_upload_is_recorded_with_its_bytes_and_is_downloadable()
    {
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0xFF, 0x00];
        using var stream = new MemoryStream(pdf);

        var message = await _bot.SendDocument(ChatId, InputFile.FromStream(stream, "statement.pdf"), caption: "Your statement");

        var sentFile = Assert.Single(_server.SentFiles);
        Assert.Equal("statement.pdf", sentFile.FileName);
        Assert.Equal("upload", sentFile.Source);
        Assert.Equal(pdf, sentFile.Bytes);
        Assert.Equal("Your statement", _server.LastMessageTo(ChatId).Text);
        using var downloaded = new MemoryStream();
        await _bot.GetInfoAndDownloadFile(message.Document!.FileId, downloaded);
        Assert.Equal(pdf, downloaded.ToArray());
    }

    [Fact]
    public async Task Injected_429_surfaces_as_ApiRequestException_with_retry_after()
    {
        _server.FailNext("sendMessage", kind: FaultKind.TooManyRequests, retryAfterSeconds: 7);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, "hi"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Empty(_server.MessagesTo(ChatId));
        await _bot.SendMessage(ChatId, "hi again");
        Assert.Equal(2, _server.RequestCount("sendMessage"));
    }

    [Fact]
    public async Task Default_client_retries_a_429_itself_when_retry_after_is_within_its_threshold()
    {
        var retryingBot = _server.CreateClient();
        _server.FailNext("sendMessage", kind: FaultKind.TooManyRequests, retryAfterSeconds: 1);

        await retryingBot.SendMessage(ChatId, "eventually");

        Assert.Equal(2, _server.RequestCount("sendMessage"));
        Assert.Equal("eventually", _server.LastMessageTo(ChatId).Text);
    }

    [Fact]
    public async Task Injected_403_for_one_chat_surfaces_as_ApiRequestException_403_while_other_chats_work()
    {
        _server.FailNext("sendMessage", kind: FaultKind.Forbidden, chatId: 13);

        await _bot.SendMessage(14, "still fine");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(13, "blocked?"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Single(_server.MessagesTo(14));
    }
}
