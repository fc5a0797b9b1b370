using System.Globalization;
using PortfolioBot.Bot.Channel;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PortfolioBot.Bot.TelegramAdapter;

/// <summary>Turns a Telegram update into a platform-neutral <see cref="ChatEvent"/> (null for kinds we ignore).</summary>
internal static class UpdateMapper
{
    public static string? ChatIdOf(Update update) => update switch
    {
        { Message.Chat: { } chat } => Id(chat.Id),
        { CallbackQuery: { Message.Chat: { } chat } } => Id(chat.Id),
        { CallbackQuery.From: { } from } => Id(from.Id),
        _ => null,
    };

    /// <summary>The id a chat event and the inbox know the update by.</summary>
    public static string EventId(Update update) => Id(update.Id);

    public static ChatEvent? Map(Update update)
    {
        var eventId = EventId(update);
        return update switch
        {
            { CallbackQuery: { } q } => new ButtonPressed(eventId, Origin(q.Message?.Chat, q.From), q.Id, q.Data ?? string.Empty,
                q.Message is { } m ? Id(m.MessageId) : null),
            { Message: { } message } => FromMessage(eventId, message),
            _ => null,
        };
    }

    private static ChatEvent FromMessage(string eventId, Message message)
    {
        var origin = Origin(message.Chat, message.From);
        return message switch
        {
            { Text: { } text } when text.StartsWith('/') => Command(eventId, origin, text),
            { Text: { } text } => new TextReceived(eventId, origin, text),
            { Document: { } d } => Files(eventId, origin, message, new IncomingFile(d.FileId, d.FileUniqueId, d.FileName, d.FileSize, d.MimeType)),
            // Telegram sends every size of a compressed photo, smallest first: the largest is the evidence.
            { Photo: { Length: > 0 } sizes } => Files(eventId, origin, message, Largest(sizes)),
            { Video: { } v } => Files(eventId, origin, message, new IncomingFile(v.FileId, v.FileUniqueId, v.FileName ?? "video.mp4", v.FileSize, v.MimeType)),
            { Sticker: not null } => new UnsupportedReceived(eventId, origin, UnsupportedKind.Sticker),
            { Voice: not null } or { VideoNote: not null } or { Audio: not null } => new UnsupportedReceived(eventId, origin, UnsupportedKind.Voice),
            { Location: not null } or { Venue: not null } => new UnsupportedReceived(eventId, origin, UnsupportedKind.Location),
            { Contact: not null } => new UnsupportedReceived(eventId, origin, UnsupportedKind.Contact),
            _ => new UnsupportedReceived(eventId, origin, UnsupportedKind.Other),
        };
    }

    private static IncomingFile Largest(PhotoSize[] sizes)
    {
        var best = sizes.OrderByDescending(s => (long)s.Width * s.Height).ThenByDescending(s => s.FileSize ?? 0).First();
        return new IncomingFile(best.FileId, best.FileUniqueId, "photo.jpg", best.FileSize, "image/jpeg");
    }

    private static FilesReceived Files(string eventId, ChatOrigin origin, Message message, IncomingFile file) =>
        new(eventId, origin, [file], message.Caption, message.MediaGroupId);

    private static CommandReceived Command(string eventId, ChatOrigin origin, string text)
    {
        var parts = text.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        var command = parts[0][1..];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) command = command[..at];
        return new CommandReceived(eventId, origin, command.ToLowerInvariant(), parts.Length > 1 ? parts[1].Trim() : null);
    }

    private static ChatOrigin Origin(Chat? chat, User? from)
    {
        var name = from is null ? null : string.Join(' ', new[] { from.FirstName, from.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var chatId = chat?.Id ?? from?.Id ?? 0;
        return new ChatOrigin(Id(chatId), from is null ? Id(chatId) : Id(from.Id), name, from?.LanguageCode, chat is null or { Type: ChatType.Private });
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
