namespace PortfolioBot.Bot.Channel;

/// <summary>Who wrote and where: the part every incoming event shares.</summary>
public sealed record ChatOrigin(string ChatId, string UserId, string? DisplayName, string? LanguageCode, bool IsPrivate);

/// <summary>An incoming event in platform-neutral terms. <see cref="EventId"/> is the platform's update id (dedupe).</summary>
public abstract record ChatEvent(string EventId, ChatOrigin Origin);

public sealed record TextReceived(string EventId, ChatOrigin Origin, string Text) : ChatEvent(EventId, Origin);

/// <summary>"/start abc" → Command "start", Argument "abc". Commands are lower case, without the bot's @name.</summary>
public sealed record CommandReceived(string EventId, ChatOrigin Origin, string Command, string? Argument) : ChatEvent(EventId, Origin);

public sealed record ButtonPressed(string EventId, ChatOrigin Origin, string PressId, string Data, string? MessageId) : ChatEvent(EventId, Origin);

/// <summary>A file the platform holds; <see cref="Reference"/> is what the channel needs to download it.</summary>
public sealed record IncomingFile(string Reference, string UniqueId, string? Name, long? Size, string? MimeType);

/// <summary>One or more files in one message; <see cref="GroupId"/> ties the messages of an album together.</summary>
public sealed record FilesReceived(string EventId, ChatOrigin Origin, IReadOnlyList<IncomingFile> Files, string? Caption, string? GroupId)
    : ChatEvent(EventId, Origin);

public enum UnsupportedKind
{
    Sticker,
    Voice,
    Location,
    Contact,
    Other,
}

public sealed record UnsupportedReceived(string EventId, ChatOrigin Origin, UnsupportedKind Kind) : ChatEvent(EventId, Origin);
