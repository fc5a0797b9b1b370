using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>Incoming updates, queued for getUpdates as a user's action would cause them.</summary>
public sealed partial class FakeTelegramServer
{
    private long _mediaGroupCounter;

    /// <summary>Sets the profile used for a private chat with <see cref="FakeUser.Id"/> (name, username, language).</summary>
    public FakeUser RegisterUser(FakeUser user)
    {
        _state.Chats.RegisterUser(user);
        return user;
    }

    /// <summary>Declares a group chat (negative id) so its messages carry <paramref name="title"/>.</summary>
    public void RegisterGroup(long chatId, string title = "Test group", ChatType type = ChatType.Group) =>
        _state.Chats.RegisterGroup(chatId, title, type);

    /// <summary>The user in private chat <paramref name="chatId"/> types <paramref name="text"/>
    /// (a leading /command gets a bot_command entity).</summary>
    public Update SendText(long chatId, string text, string? languageCode = null) =>
        Enqueue(_factory.Text(chatId, Sender(chatId, languageCode), text));

    /// <summary><paramref name="from"/> writes in their private chat.</summary>
    public Update SendText(FakeUser from, string text) => Enqueue(_factory.Text(from.Id, from, text));

    /// <summary><paramref name="from"/> writes in group <paramref name="groupChatId"/> (chat.type = group unless registered otherwise).</summary>
    public Update SendGroupText(long groupChatId, FakeUser from, string text) => Enqueue(_factory.Text(groupChatId, from, text));

    /// <summary>The user presses the inline button with <paramref name="callbackData"/> on a message the bot sent.
    /// Throws when the message or the button does not exist, since Telegram could not produce that update.</summary>
    public Update PressButton(long chatId, int messageId, string callbackData, FakeUser? from = null)
    {
        var message = Recorder.Find(chatId, messageId);
        if (message is null or { IsDeleted: true })
        {
            throw new InvalidOperationException($"The bot has no message #{messageId} in chat {chatId} to press a button on.");
        }

        if (!message.Buttons.Any(b => b.CallbackData == callbackData))
        {
            throw new InvalidOperationException($"Message {message} has no button with callback_data \"{callbackData}\".");
        }

        var query = _factory.Callback(from ?? Sender(chatId, null), message, callbackData);
        Recorder.OpenCallbackQuery(query.Id);
        return Updates.Enqueue(new Update { CallbackQuery = query });
    }

    /// <summary>
    /// A client that forges callback data: a press on a real bot message carrying <paramref name="forgedData"/>,
    /// which no button has. Telegram would deliver it, so the bot must not trust button data.
    /// </summary>
    public Update PressForgedButton(long chatId, int messageId, string forgedData, FakeUser? from = null)
    {
        var message = Recorder.Find(chatId, messageId)
            ?? throw new InvalidOperationException($"The bot has no message #{messageId} in chat {chatId}.");
        var query = _factory.Callback(from ?? Sender(chatId, null), message, forgedData);
        Recorder.OpenCallbackQuery(query.Id);
        return Updates.Enqueue(new Update { CallbackQuery = query });
    }

    /// <summary>Presses the first button whose text contains <paramref name="buttonTextContains"/>.</summary>
    public Update PressButton(SentMessage message, string buttonTextContains, FakeUser? from = null) =>
        PressButton(message.ChatId, message.MessageId, Button(message, buttonTextContains).CallbackData
            ?? throw new InvalidOperationException($"Button \"{buttonTextContains}\" is a URL button; it cannot be pressed."), from);

    public Update SendDocument(long chatId, string fileName, byte[] bytes, string mimeType = "application/octet-stream", string? caption = null) =>
        Enqueue(_factory.Document(chatId, Sender(chatId, null), Files.Register(bytes, fileName, mimeType), caption));

    /// <summary>A document that claims <paramref name="declaredSize"/> bytes (nothing allocated); getFile refuses it above the limit.</summary>
    public Update SendLargeDocument(long chatId, string fileName, long declaredSize, string mimeType = "application/octet-stream") =>
        Enqueue(_factory.Document(chatId, Sender(chatId, null), Files.RegisterDeclared(declaredSize, fileName, mimeType), caption: null));

    /// <summary>A photo in three sizes (90/320/1280 px), each its own downloadable file_id.</summary>
    public Update SendPhoto(long chatId, byte[] bytes, string? caption = null) =>
        SendPhoto(chatId, UpdateFactory.DefaultSizes(bytes), caption);

    /// <summary>A photo with exactly these sizes (message.photo is ordered smallest first, like Telegram).</summary>
    public Update SendPhoto(long chatId, IReadOnlyList<PhotoVariant> sizes, string? caption = null) =>
        Enqueue(_factory.Photo(chatId, Sender(chatId, null), sizes, caption, mediaGroupId: null));

    public Update SendVideo(long chatId, byte[] bytes, string fileName = "video.mp4", int durationSeconds = 5, string? caption = null) =>
        Enqueue(_factory.Video(chatId, Sender(chatId, null), Files.Register(bytes, fileName, "video/mp4", "videos"), durationSeconds, caption, null));

    public Update SendSticker(long chatId, string emoji = "👍") =>
        Enqueue(_factory.Sticker(chatId, Sender(chatId, null), Files.Register([0x52, 0x49, 0x46, 0x46], "sticker.webp", "image/webp", "stickers"), emoji));

    public Update SendVoice(long chatId, byte[] bytes, int durationSeconds = 3) =>
        Enqueue(_factory.Voice(chatId, Sender(chatId, null), Files.Register(bytes, "voice.oga", "audio/ogg", "voice"), durationSeconds));

    public Update SendLocation(long chatId, double latitude, double longitude) =>
        Enqueue(_factory.Location(chatId, Sender(chatId, null), latitude, longitude));

    /// <summary>The user shares a contact (by default their own).</summary>
    public Update SendContact(long chatId, string phoneNumber, string? firstName = null, long? userId = null)
    {
        var sender = Sender(chatId, null);
        return Enqueue(_factory.Contact(chatId, sender, phoneNumber, firstName ?? sender.FirstName, userId ?? sender.Id));
    }

    /// <summary>An album: one message per photo, sharing a media_group_id; the caption goes on the first.</summary>
    public IReadOnlyList<Update> SendAlbum(long chatId, IReadOnlyList<byte[]> photos, string? caption = null)
    {
        var groupId = Interlocked.Increment(ref _mediaGroupCounter).ToString("D13", CultureInfo.InvariantCulture);
        var sender = Sender(chatId, null);
        return [.. photos.Select((bytes, i) =>
            Enqueue(_factory.Photo(chatId, sender, UpdateFactory.DefaultSizes(bytes), i == 0 ? caption : null, groupId)))];
    }

    /// <summary>Builds (without queueing) the update <see cref="SendText(long, string, string?)"/> would queue,
    /// with a fresh update_id: handy for <see cref="PostWebhookAsync"/>.</summary>
    public Update CreateTextUpdate(long chatId, string text, string? languageCode = null) =>
        new() { Id = Updates.ReserveId(), Message = _factory.Text(chatId, Sender(chatId, languageCode), text) };

    /// <summary>Queues an update exactly as given. Id 0 gets the next id; any other id (even a duplicate) is kept.</summary>
    public Update EnqueueRaw(Update update) => Updates.Enqueue(update);

    /// <summary>Registers downloadable bytes (as if some user had sent them) and returns the file_id.</summary>
    public string RegisterFile(byte[] bytes, string name, string? mimeType = null) => Files.Register(bytes, name, mimeType).FileId;

    /// <summary>Registers a file claiming <paramref name="declaredSize"/> bytes without allocating them.</summary>
    public string RegisterLargeFile(string name, long declaredSize) => Files.RegisterDeclared(declaredSize, name).FileId;

    /// <summary>Waits until the bot confirmed the update via getUpdates' offset (i.e. it finished handling it).</summary>
    public Task WaitUntilConfirmedAsync(Update update, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Updates.WaitForConfirmedAsync(update.Id, timeout ?? DefaultTimeout, cancellationToken);

    private FakeUser Sender(long chatId, string? languageCode)
    {
        var user = _state.Chats.UserFor(chatId > 0 ? chatId : 1000);
        return languageCode is null ? user : user with { LanguageCode = languageCode };
    }

    private Update Enqueue(Message message) => Updates.Enqueue(new Update { Message = message });
}
