using Telegram.Bot.Types;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>Thread-safe record of everything the bot did through the fake Bot API.</summary>
public sealed class BotRecorder
{
    private readonly Lock _gate = new();
    private readonly ChangeSignal _changed = new();
    private readonly List<SentMessage> _events = [];
    private readonly List<(long ChatId, int MessageId)> _sendOrder = [];
    private readonly Dictionary<(long ChatId, int MessageId), SentMessage> _current = [];
    private readonly List<SentFile> _files = [];
    private readonly List<CallbackAnswer> _answers = [];
    private readonly HashSet<string> _openCallbackQueries = new(StringComparer.Ordinal);
    private readonly List<ChatActionSent> _chatActions = [];
    private readonly Dictionary<(string Scope, string Language), CommandSet> _commands = [];
    private WebhookSettings? _webhook;

    /// <summary>Every send/edit/delete snapshot, in order.</summary>
    public IReadOnlyList<SentMessage> Events => Snapshot(_events);

    /// <summary>Current state of every message the bot sent, in send order (deleted ones included, flagged).</summary>
    public IReadOnlyList<SentMessage> Messages
    {
        get { lock (_gate) { return [.. _sendOrder.Select(key => _current[key])]; } }
    }

    public IReadOnlyList<SentFile> Files => Snapshot(_files);

    public IReadOnlyList<CallbackAnswer> CallbackAnswers => Snapshot(_answers);

    public IReadOnlyList<ChatActionSent> ChatActions => Snapshot(_chatActions);

    public WebhookSettings? Webhook
    {
        get { lock (_gate) { return _webhook; } }
    }

    /// <summary>Number of events so far; pass it as <c>since</c> to wait only for later events.</summary>
    public int Checkpoint()
    {
        lock (_gate)
        {
            return _events.Count;
        }
    }

    public SentMessage? Find(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _current.GetValueOrDefault((chatId, messageId));
        }
    }

    /// <summary>Current (non-deleted) messages in a chat, in send order.</summary>
    public IReadOnlyList<SentMessage> MessagesTo(long chatId)
    {
        lock (_gate)
        {
            return [.. _sendOrder.Where(k => k.ChatId == chatId).Select(k => _current[k]).Where(m => !m.IsDeleted)];
        }
    }

    public IReadOnlyList<CommandSet> CommandSets
    {
        get { lock (_gate) { return [.. _commands.Values]; } }
    }

    public IReadOnlyList<BotCommand>? Commands(string languageCode = "", string scope = "default")
    {
        lock (_gate)
        {
            return _commands.GetValueOrDefault((scope, languageCode))?.Commands;
        }
    }

    public Task<SentMessage> WaitForEventAsync(
        Func<SentMessage, bool> predicate, int since, TimeSpan timeout, string what, CancellationToken cancellationToken) =>
        _changed.WaitForAsync(
            _gate,
            () => _events.Skip(since).FirstOrDefault(predicate),
            timeout,
            () => what + DescribeEvents(since),
            cancellationToken);

    public async Task<IReadOnlyList<SentMessage>> WaitForSendsAsync(
        int count, long? chatId, int since, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var found = await _changed.WaitForAsync(
            _gate,
            () =>
            {
                var sends = _events.Skip(since).Where(e => e.IsSend && (chatId is null || e.ChatId == chatId)).ToList();
                return sends.Count >= count ? sends.Take(count).Select(e => _current[(e.ChatId, e.MessageId)]).ToList() : null;
            },
            timeout,
            () => $"{count} sent message(s){(chatId is null ? string.Empty : $" to chat {chatId}")}" + DescribeEvents(since),
            cancellationToken);
        return found;
    }

    public Task<CallbackAnswer> WaitForCallbackAnswerAsync(string callbackQueryId, TimeSpan timeout, CancellationToken cancellationToken) =>
        _changed.WaitForAsync(
            _gate,
            () => _answers.Find(a => a.CallbackQueryId == callbackQueryId),
            timeout,
            () => $"answerCallbackQuery for {callbackQueryId}; answered: [{string.Join(", ", _answers.Select(a => a.CallbackQueryId))}]",
            cancellationToken);

    /// <summary>Waits until the bot called setWebhook.</summary>
    public Task<WebhookSettings> WaitForWebhookAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _changed.WaitForAsync(_gate, () => _webhook, timeout, () => "setWebhook", cancellationToken);

    /// <summary>Waits until the bot set commands for a language ("" = default list) in a scope.</summary>
    public Task<CommandSet> WaitForCommandsAsync(string languageCode, TimeSpan timeout, string scope = "default", CancellationToken cancellationToken = default) =>
        _changed.WaitForAsync(_gate, () => _commands.GetValueOrDefault((scope, languageCode)), timeout,
            () => $"setMyCommands for '{languageCode}' in scope {scope}", cancellationToken);

    internal void Record(SentMessage snapshot)
    {
        lock (_gate)
        {
            var key = (snapshot.ChatId, snapshot.MessageId);
            if (!_current.ContainsKey(key))
            {
                _sendOrder.Add(key);
            }

            _current[key] = snapshot;
            _events.Add(snapshot);
            if (snapshot.File is { } file && snapshot.IsSend)
            {
                _files.Add(file);
            }

            _changed.Notify();
        }
    }

    internal void OpenCallbackQuery(string id)
    {
        lock (_gate)
        {
            _openCallbackQueries.Add(id);
        }
    }

    /// <summary>Records the answer; false when the query id was never issued or was already answered.</summary>
    internal bool TryAnswer(CallbackAnswer answer)
    {
        lock (_gate)
        {
            if (!_openCallbackQueries.Remove(answer.CallbackQueryId))
            {
                return false;
            }

            _answers.Add(answer);
            _changed.Notify();
            return true;
        }
    }

    internal void RecordChatAction(ChatActionSent action) => Add(_chatActions, action);

    internal void RecordCommands(CommandSet set)
    {
        lock (_gate)
        {
            _commands[(set.Scope, set.LanguageCode)] = set;
            _changed.Notify();
        }
    }

    internal void DeleteCommands(string scope, string languageCode)
    {
        lock (_gate)
        {
            _commands.Remove((scope, languageCode));
            _changed.Notify();
        }
    }

    internal void SetWebhook(WebhookSettings? settings)
    {
        lock (_gate)
        {
            _webhook = settings;
            _changed.Notify();
        }
    }

    private void Add<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            list.Add(item);
            _changed.Notify();
        }
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }

    // Called under _gate.
    private string DescribeEvents(int since)
    {
        var seen = _events.Skip(since).ToList();
        return seen.Count == 0
            ? "; the bot recorded no message events"
            : "; events seen:" + Environment.NewLine + string.Join(Environment.NewLine, seen.Select(e => "  " + e));
    }
}
