using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing.FakeTelegram;
using Telegram.Bot.Types;

namespace PortfolioBot.Bot.Tests.Harness;

/// <summary>
/// One person's private chat with the bot, written so scenarios read like the chat itself: Say, Press, Send a
/// file. Each action waits until the bot has finished handling it, then
/// returns what the bot sent or edited meanwhile.
/// </summary>
public sealed class TelegramChat(BotHost host, FakeUser user)
{
    private static long _nextId = 5000;

    public FakeUser User => user;
    public long ChatId => user.Id;
    public FakeTelegramServer Telegram => host.Telegram;

    public static TelegramChat Open(BotHost host, string language, string firstName = "Әсел")
    {
        var user = host.Telegram.RegisterUser(new FakeUser(Interlocked.Increment(ref _nextId), firstName, LanguageCode: language));
        return new TelegramChat(host, user);
    }

    /// <summary>Creates a teacher, sends the invitation deep link and returns the linked chat.</summary>
    public static async Task<(TelegramChat Chat, Teacher Teacher)> JoinAsync(BotHost host, string language, string fullName = "Әсел Нұрланқызы Серікова")
    {
        var teacher = await host.AddTeacherAsync(fullName);
        var chat = Open(host, language);
        var code = await host.InviteAsync(teacher.Id);
        await chat.SayAsync("/start " + code);
        return (chat, teacher);
    }

    /// <summary>The newest message the bot has in this chat.</summary>
    public SentMessage Last => host.Telegram.LastMessageTo(ChatId);

    public IReadOnlyList<SentMessage> Messages => host.Telegram.MessagesTo(ChatId);

    public Task<IReadOnlyList<SentMessage>> SayAsync(string text) => RunAsync(() => host.Telegram.SendText(user, text));

    /// <summary>Presses the button whose text contains <paramref name="buttonText"/> on the newest message that has it.</summary>
    public Task<IReadOnlyList<SentMessage>> PressAsync(string buttonText) => RunAsync(() => host.Telegram.PressButton(WithButton(buttonText), buttonText, user));

    public SentMessage WithButton(string buttonText) =>
        Messages.LastOrDefault(m => m.Buttons.Any(b => b.Text.Contains(buttonText, StringComparison.OrdinalIgnoreCase)))
        ?? throw new InvalidOperationException($"No message in chat {ChatId} has a button \"{buttonText}\". Messages: {Messages.Count}");

    public Task<IReadOnlyList<SentMessage>> SendDocumentAsync(string name, byte[] bytes, string mime = "application/pdf") =>
        RunAsync(() => host.Telegram.SendDocument(ChatId, name, bytes, mime));

    public Task<IReadOnlyList<SentMessage>> SendPhotoAsync(byte[] bytes) => RunAsync(() => host.Telegram.SendPhoto(ChatId, bytes));

    public async Task<IReadOnlyList<SentMessage>> SendAlbumAsync(params byte[][] photos)
    {
        var since = host.Telegram.Checkpoint();
        var updates = host.Telegram.SendAlbum(ChatId, photos);
        foreach (var u in updates) await host.WaitHandledAsync(u);
        return Since(since);
    }

    /// <summary>Runs an action that queues one update, waits until the bot handled it, returns the bot's messages meanwhile.</summary>
    public async Task<IReadOnlyList<SentMessage>> RunAsync(Func<Update> act)
    {
        var since = host.Telegram.Checkpoint();
        var update = act();
        await host.WaitHandledAsync(update);
        return Since(since);
    }

    public IReadOnlyList<SentMessage> Since(int checkpoint) =>
        [.. host.Telegram.Events.Skip(checkpoint).Where(e => e.ChatId == ChatId && !e.IsDeleted)];

    /// <summary>All texts the bot sent or edited in reply, joined: handy for Assert.Contains.</summary>
    public static string Texts(IEnumerable<SentMessage> messages) => string.Join("\n---\n", messages.Select(m => m.Text));
}
