using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>Shared state of one fake server; every member is thread-safe.</summary>
internal sealed class FakeTelegramState(string token, User botUser, TimeProvider time, CancellationToken stopping)
{
    public string Token { get; } = token;

    public User BotUser { get; } = botUser;

    public TimeProvider Time { get; } = time;

    public CancellationToken Stopping { get; } = stopping;

    public BotRecorder Recorder { get; } = new();

    public UpdateQueue Updates { get; } = new();

    public FileStore Files { get; } = new();

    public ChatRegistry Chats { get; } = new();

    public FaultInjector Faults { get; } = new(time);

    public RateLimitTracker Rates { get; } = new(time);

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>A new bot-authored message object carrying the fields every send/edit shares.</summary>
    public Message BotMessage(long chatId, int messageId, DateTimeOffset date) => new()
    {
        Id = messageId,
        Date = date.UtcDateTime,
        Chat = Chats.ChatFor(chatId),
        From = BotUser,
    };

    public static InlineKeyboardMarkup? InlineMarkup(ApiRequest request) =>
        request.Args["reply_markup"] is System.Text.Json.Nodes.JsonObject markup && markup.ContainsKey("inline_keyboard")
            ? markup.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options)
            : null;

    public static IReadOnlyList<IReadOnlyList<InlineButton>> Buttons(InlineKeyboardMarkup? markup) =>
        markup is null
            ? []
            : [.. markup.InlineKeyboard.Select(row => (IReadOnlyList<InlineButton>)[.. row.Select(b => new InlineButton(b.Text, b.CallbackData, b.Url))])];

    public static string MarkupJson(InlineKeyboardMarkup? markup) =>
        markup is null ? string.Empty : JsonSerializer.Serialize(markup, JsonBotAPI.Options);

    public static int? ReplyTo(ApiRequest request) =>
        request.Args["reply_parameters"]?["message_id"]?.GetValue<int>() ?? request.Int("reply_to_message_id");
}
