using PortfolioBot.Testing.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace PortfolioBot.Bot.Tests.FakeTelegram;

/// <summary>Bot API rules the fake enforces like Telegram: auth, unknown methods, timeouts, text checks, commands.</summary>
public sealed class FakeTelegramProtocolTests : IAsyncLifetime
{
    private const long ChatId = 777;

    private FakeTelegramServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync();
        _bot = _server.CreateClient(retryThreshold: 0);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("a < b", "Bad Request: can't parse entities")]
    [InlineData("<b>unclosed", "Bad Request: can't parse entities")]
    [InlineData("<div>no</div>", "Bad Request: can't parse entities")]
    [InlineData("", "Bad Request: message text is empty")]
    public async Task SendMessage_rejects_text_Telegram_would_reject(string text, string expectedPrefix)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, text, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith(expectedPrefix, error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.MessagesTo(ChatId));
    }

    [Fact]
    public async Task SendMessage_rejects_text_over_4096_characters()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, new string('x', 4097)));

        Assert.Equal("Bad Request: message is too long", error.Message);
        await _bot.SendMessage(ChatId, new string('x', 4096));
    }

    [Fact]
    public async Task EditMessageReplyMarkup_and_DeleteMessage_update_the_current_state()
    {
        var sent = await _bot.SendMessage(ChatId, "Menu", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")));

        await _bot.EditMessageReplyMarkup(ChatId, sent.Id, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("B", "b")));
        Assert.Equal("b", FakeTelegramServer.Button(_server.LastMessageTo(ChatId), "B").CallbackData);
        Assert.Throws<InvalidOperationException>(() => _server.PressButton(ChatId, sent.Id, "a"));

        await _bot.DeleteMessage(ChatId, sent.Id);
        Assert.Empty(_server.MessagesTo(ChatId));
        Assert.Equal(["sendMessage", "editMessageReplyMarkup", "deleteMessage"], _server.Events.Select(e => e.Method));
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.DeleteMessage(ChatId, sent.Id));
        Assert.Equal("Bad Request: message to delete not found", again.Message);
    }

    [Fact]
    public async Task SetMyCommands_is_recorded_per_language_and_rejects_invalid_names()
    {
        await _bot.SetMyCommands([new BotCommand("portfolio", "Show portfolio")]);
        await _bot.SetMyCommands([new BotCommand("portfolio", "Портфель")], languageCode: "ru");

        Assert.Equal("Show portfolio", Assert.Single(_server.CommandsFor()!).Description);
        Assert.Equal("Портфель", Assert.Single(_server.CommandsFor("ru")!).Description);
        Assert.Equal("Портфель", Assert.Single(await _bot.GetMyCommands(languageCode: "ru")).Description);
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SetMyCommands([new BotCommand("Portfolio", "Upper case")]));
        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", invalid.Message);
    }

    [Fact]
    public async Task SendChatAction_and_a_second_answer_to_one_callback_query_are_handled_like_Telegram()
    {
        await _bot.SendChatAction(ChatId, ChatAction.UploadDocument);
        var sent = await _bot.SendMessage(ChatId, "Confirm?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "yes")));
        var pressed = _server.PressButton(ChatId, sent.Id, "yes");

        await _bot.AnswerCallbackQuery(pressed.CallbackQuery!.Id, "ok", showAlert: true);
        var twice = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerCallbackQuery(pressed.CallbackQuery.Id));

        Assert.Equal("upload_document", Assert.Single(_server.Recorder.ChatActions).Action);
        Assert.True(Assert.Single(_server.CallbackAnswers).ShowAlert);
        Assert.Equal(400, twice.ErrorCode);
    }

    [Fact]
    public async Task Timeout_fault_holds_the_request_until_the_client_gives_up()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        var impatientBot = _server.CreateClient(http);
        _server.FailNext("sendMessage", kind: FaultKind.Timeout);

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => impatientBot.SendMessage(ChatId, "slow"));

        Assert.Contains("timed out", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_server.MessagesTo(ChatId));
    }

    [Fact]
    public async Task Wrong_token_gets_401_and_unknown_method_gets_404()
    {
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("999:other-token", baseUrl: _server.BaseUrl));
        var unauthorized = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());
        Assert.Equal(401, unauthorized.ErrorCode);

        var notFound = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendRequest(new Telegram.Bot.Requests.SendPollRequest
        {
            ChatId = ChatId, Question = "?", Options = [new InputPollOption("a"), new InputPollOption("b")],
        }));
        Assert.Equal(404, notFound.ErrorCode);
        Assert.Equal("Not Found", notFound.Message);
    }
}
