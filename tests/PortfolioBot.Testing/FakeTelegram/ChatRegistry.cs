using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>A simulated Telegram user. In a private chat the chat id equals <see cref="Id"/>.</summary>
public sealed record FakeUser(long Id, string FirstName = "Test", string? Username = null, string? LanguageCode = "en", string? LastName = null)
{
    public User ToTelegram() => new()
    {
        Id = Id,
        IsBot = false,
        FirstName = FirstName,
        LastName = LastName,
        Username = Username,
        LanguageCode = LanguageCode,
    };
}

/// <summary>Known users, chats and per-chat message ids (Telegram numbers messages per chat).</summary>
internal sealed class ChatRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, FakeUser> _users = [];
    private readonly Dictionary<long, Chat> _chats = [];
    private readonly Dictionary<long, int> _lastMessageId = [];
    private readonly HashSet<(long ChatId, int MessageId)> _incoming = [];

    public void RegisterUser(FakeUser user)
    {
        lock (_gate)
        {
            _users[user.Id] = user;
            _chats.Remove(user.Id);
        }
    }

    /// <summary>The user behind a private chat (created on first use as "User&lt;id&gt;").</summary>
    public FakeUser UserFor(long userId)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(userId, out var user))
            {
                user = new FakeUser(userId, "User" + userId.ToString(CultureInfo.InvariantCulture), "user" + userId.ToString(CultureInfo.InvariantCulture));
                _users.Add(userId, user);
            }

            return user;
        }
    }

    public void RegisterGroup(long chatId, string title, ChatType type)
    {
        lock (_gate)
        {
            _chats[chatId] = new Chat { Id = chatId, Type = type, Title = title };
        }
    }

    /// <summary>A chat object; positive unknown ids are private chats, negative ones groups.</summary>
    public Chat ChatFor(long chatId)
    {
        if (chatId > 0)
        {
            var user = UserFor(chatId);
            lock (_gate)
            {
                if (!_chats.TryGetValue(chatId, out var chat))
                {
                    chat = new Chat { Id = chatId, Type = ChatType.Private, FirstName = user.FirstName, LastName = user.LastName, Username = user.Username };
                    _chats.Add(chatId, chat);
                }

                return chat;
            }
        }

        lock (_gate)
        {
            if (!_chats.TryGetValue(chatId, out var group))
            {
                group = new Chat { Id = chatId, Type = ChatType.Group, Title = "Group " + chatId.ToString(CultureInfo.InvariantCulture) };
                _chats.Add(chatId, group);
            }

            return group;
        }
    }

    public int NextMessageId(long chatId, bool incoming)
    {
        lock (_gate)
        {
            var id = _lastMessageId.GetValueOrDefault(chatId) + 1;
            _lastMessageId[chatId] = id;
            if (incoming)
            {
                _incoming.Add((chatId, id));
            }

            return id;
        }
    }

    /// <summary>Removes a user message (deleteMessage on an incoming message); false when unknown.</summary>
    public bool RemoveIncoming(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _incoming.Remove((chatId, messageId));
        }
    }
}
