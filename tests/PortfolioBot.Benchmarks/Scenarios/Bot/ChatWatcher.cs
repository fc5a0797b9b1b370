using PortfolioBot.Testing.FakeTelegram;
using Telegram.Bot.Types;

namespace PortfolioBot.Benchmarks.Scenarios.Bot;

/// <summary>
/// One reader of everything the fake server records, shared by all simulated users: it keeps each chat's
/// messages and tells a user when its update was confirmed and when the first reply came. Hundreds of users
/// each waiting on the fake's own helpers would wake on every event and scan the whole log, costing the
/// machine more than the bot does.
/// </summary>
public sealed class ChatWatcher : IAsyncDisposable
{
    private readonly FakeTelegramServer _tg;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<long, ChatView> _chats = [];
    private readonly Lock _gate = new();
    private readonly List<(int Target, TaskCompletionSource Done)> _processedWaiters = [];
    private readonly Dictionary<int, TaskCompletionSource> _confirmWaiters = [];
    private readonly Task _events;
    private readonly Task _confirmations;
    private int _processed;

    private readonly Func<Update, CancellationToken, Task>? _handled;

    /// <param name="handled">
    /// Completes when the bot finished handling an update. Our bot confirms an update (offset) once it is stored
    /// in its inbox, before answering; without this the step ends when the update is confirmed (the echo bot
    /// confirms a batch after answering it).
    /// </param>
    public ChatWatcher(FakeTelegramServer tg, Func<Update, CancellationToken, Task>? handled = null)
    {
        _tg = tg;
        _handled = handled;
        _events = Task.Run(ReadEventsAsync);
        _confirmations = Task.Run(ReadConfirmationsAsync);
    }

    public ChatView Chat(long chatId)
    {
        lock (_gate)
        {
            if (!_chats.TryGetValue(chatId, out var view)) _chats[chatId] = view = new ChatView();
            return view;
        }
    }

    /// <summary>Queues one user action and waits until the bot handled it; returns ms from queueing to the first reply recorded.</summary>
    public async Task<(double LatencyMs, bool Replied)> StepAsync(long chatId, Func<Update> act, TimeSpan timeout)
    {
        var view = Chat(chatId);
        var reply = view.ExpectReply();
        var queuedAt = _tg.Time.GetUtcNow();
        var update = act();
        await ConfirmedAsync(update.Id).WaitAsync(timeout);
        if (_handled is not null)
        {
            using var cts = new CancellationTokenSource(timeout);
            await _handled(update, cts.Token);
        }
        var confirmedAt = _tg.Time.GetUtcNow();
        await ProcessedAsync(_tg.Checkpoint()).WaitAsync(timeout);
        return reply.Task.IsCompletedSuccessfully
            ? ((reply.Task.Result - queuedAt).TotalMilliseconds, true)
            : ((confirmedAt - queuedAt).TotalMilliseconds, false);
    }

    private Task ConfirmedAsync(int updateId)
    {
        lock (_gate)
        {
            if (_tg.Updates.ConfirmedBelow > updateId) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _confirmWaiters[updateId] = done;
            return done.Task;
        }
    }

    private Task ProcessedAsync(int target)
    {
        lock (_gate)
        {
            if (_processed >= target) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _processedWaiters.Add((target, done));
            return done.Task;
        }
    }

    private async Task ReadEventsAsync()
    {
        var next = 0;
        while (!_stop.IsCancellationRequested)
        {
            SentMessage e;
            try
            {
                e = await _tg.Recorder.WaitForEventAsync(_ => true, next, TimeSpan.FromSeconds(30), "any event", _stop.Token);
            }
            catch (TimeoutException)
            {
                continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            next++;
            Chat(e.ChatId).Record(e);
            lock (_gate)
            {
                _processed = next;
                for (var i = _processedWaiters.Count - 1; i >= 0; i--)
                {
                    if (_processedWaiters[i].Target > next) continue;
                    _processedWaiters[i].Done.TrySetResult();
                    _processedWaiters.RemoveAt(i);
                }
            }
        }
    }

    private async Task ReadConfirmationsAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var below = _tg.Updates.ConfirmedBelow;
            lock (_gate)
            {
                foreach (var id in _confirmWaiters.Keys.Where(id => id < below).ToList())
                {
                    _confirmWaiters[id].TrySetResult();
                    _confirmWaiters.Remove(id);
                }
            }
            try
            {
                await _tg.Updates.WaitForConfirmedAsync(below, TimeSpan.FromSeconds(30), _stop.Token);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_events, _confirmations);
        _stop.Dispose();
    }
}

/// <summary>One chat's messages as the watcher saw them (current snapshot of each, in send order).</summary>
public sealed class ChatView
{
    private readonly Lock _gate = new();
    private readonly List<int> _order = [];
    private readonly Dictionary<int, SentMessage> _current = [];
    private TaskCompletionSource<DateTimeOffset>? _reply;

    public TaskCompletionSource<DateTimeOffset> ExpectReply()
    {
        lock (_gate)
        {
            _reply = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _reply;
        }
    }

    public void Record(SentMessage e)
    {
        lock (_gate)
        {
            if (!_current.ContainsKey(e.MessageId)) _order.Add(e.MessageId);
            _current[e.MessageId] = e;
            _reply?.TrySetResult(e.At);
        }
    }

    public SentMessage? Last
    {
        get
        {
            lock (_gate)
            {
                for (var i = _order.Count - 1; i >= 0; i--)
                    if (!_current[_order[i]].IsDeleted) return _current[_order[i]];
                return null;
            }
        }
    }

    /// <summary>The newest <paramref name="count"/> messages, oldest first.</summary>
    public IReadOnlyList<SentMessage> Recent(int count)
    {
        lock (_gate)
        {
            return [.. _order.Skip(Math.Max(0, _order.Count - count)).Select(id => _current[id])];
        }
    }

    /// <summary>The newest message that has a button containing <paramref name="text"/>.</summary>
    public SentMessage WithButton(string text)
    {
        lock (_gate)
        {
            for (var i = _order.Count - 1; i >= 0; i--)
            {
                var m = _current[_order[i]];
                if (!m.IsDeleted && m.Buttons.Any(b => b.Text.Contains(text, StringComparison.OrdinalIgnoreCase))) return m;
            }
        }
        throw new InvalidOperationException($"No message has a button \"{text}\"; last: {Last}");
    }
}
