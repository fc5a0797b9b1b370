using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>One size of an incoming photo: its own bytes become its own downloadable file_id.</summary>
public sealed record PhotoVariant(int Width, int Height, byte[] Bytes);

/// <summary>Builds incoming Bot API objects the way Telegram fills them for a user's action.</summary>
internal sealed class UpdateFactory(ChatRegistry chats, FileStore files, TimeProvider time)
{
    private long _callbackCounter;

    public Message Text(long chatId, FakeUser from, string text)
    {
        var message = NewMessage(chatId, from);
        message.Text = text;
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n']);
            message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = end < 0 ? text.Length : end }];
        }

        return message;
    }

    public Message Document(long chatId, FakeUser from, StoredFile file, string? caption)
    {
        var message = NewMessage(chatId, from);
        message.Caption = caption;
        message.Document = new Document
        {
            FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileName = file.FileName,
            MimeType = file.MimeType, FileSize = file.FileSize,
        };
        return message;
    }

    public Message Photo(long chatId, FakeUser from, IReadOnlyList<PhotoVariant> sizes, string? caption, string? mediaGroupId)
    {
        if (sizes.Count == 0)
        {
            throw new ArgumentException("A photo needs at least one size.", nameof(sizes));
        }

        var message = NewMessage(chatId, from);
        message.Caption = caption;
        message.MediaGroupId = mediaGroupId;
        message.Photo = [.. sizes.OrderBy(s => s.Width * s.Height).Select(size =>
        {
            var stored = files.Register(size.Bytes, fileName: null, "image/jpeg", "photos");
            return new PhotoSize
            {
                FileId = stored.FileId, FileUniqueId = stored.FileUniqueId,
                Width = size.Width, Height = size.Height, FileSize = stored.FileSize,
            };
        })];
        return message;
    }

    /// <summary>Three sizes like Telegram sends (90, 320, 1280 px); smaller ones carry a prefix of the bytes.</summary>
    public static IReadOnlyList<PhotoVariant> DefaultSizes(byte[] bytes) =>
    [
        new(90, 90, bytes[..Math.Min(bytes.Length, Math.Max(1, bytes.Length / 16))]),
        new(320, 320, bytes[..Math.Min(bytes.Length, Math.Max(1, bytes.Length / 4))]),
        new(1280, 1280, bytes),
    ];

    public Message Video(long chatId, FakeUser from, StoredFile file, int durationSeconds, string? caption, string? mediaGroupId)
    {
        var message = NewMessage(chatId, from);
        message.Caption = caption;
        message.MediaGroupId = mediaGroupId;
        message.Video = new Video
        {
            FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileName = file.FileName, MimeType = file.MimeType,
            FileSize = file.FileSize, Width = 1280, Height = 720, Duration = durationSeconds,
        };
        return message;
    }

    public Message Sticker(long chatId, FakeUser from, StoredFile file, string emoji)
    {
        var message = NewMessage(chatId, from);
        message.Sticker = new Sticker
        {
            FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileSize = file.FileSize,
            Type = StickerType.Regular, Width = 512, Height = 512, Emoji = emoji,
        };
        return message;
    }

    public Message Voice(long chatId, FakeUser from, StoredFile file, int durationSeconds)
    {
        var message = NewMessage(chatId, from);
        message.Voice = new Voice
        {
            FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileSize = file.FileSize,
            MimeType = file.MimeType, Duration = durationSeconds,
        };
        return message;
    }

    public Message Location(long chatId, FakeUser from, double latitude, double longitude)
    {
        var message = NewMessage(chatId, from);
        message.Location = new Location { Latitude = latitude, Longitude = longitude };
        return message;
    }

    public Message Contact(long chatId, FakeUser from, string phoneNumber, string firstName, long? userId)
    {
        var message = NewMessage(chatId, from);
        message.Contact = new Contact { PhoneNumber = phoneNumber, FirstName = firstName, UserId = userId };
        return message;
    }

    public CallbackQuery Callback(FakeUser from, SentMessage message, string data) => new()
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"cbq-{Interlocked.Increment(ref _callbackCounter)}"),
        From = from.ToTelegram(),
        Message = message.Telegram,
        ChatInstance = string.Create(CultureInfo.InvariantCulture, $"ci{message.ChatId}"),
        Data = data,
    };

    private Message NewMessage(long chatId, FakeUser from) => new()
    {
        Id = chats.NextMessageId(chatId, incoming: true),
        Date = time.GetUtcNow().UtcDateTime,
        Chat = chats.ChatFor(chatId),
        From = from.ToTelegram(),
    };
}
