using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// Runs inbox events: each chat has a queue handled strictly in order, different chats in parallel (bounded by
/// Telegram:MaxParallelChats), so one slow chat — a big file download, a Telegram wait — delays only itself.
/// One DI scope per event, each event claimed once in the inbox, and no exception escapes: the receiving loop
/// must keep going. The adapter is never blocked by handling, only by <see cref="WaitForRoomAsync"/> when too
/// many events are waiting.
/// </summary>
public sealed class UpdateDispatcher(
    IServiceScopeFactory scopes, IOptions<TelegramOptions> options, TimeProvider time, IHostApplicationLifetime lifetime,
    ILogger<UpdateDispatcher> logger) : IDisposable
{
    /// <summary>Events accepted but not finished beyond which the adapter stops fetching more.</summary>
    public const int MaxWaiting = 1000;

    private readonly ConcurrentDictionary<string, ChatQueue> _chats = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _parallel = new(options.Value.MaxParallelChats, options.Value.MaxParallelChats);
    private readonly SemaphoreSlim _room = new(MaxWaiting, MaxWaiting);
    private readonly HandledSignals _handled = new();

    private sealed record Item(string Channel, AcceptedUpdate Update, Func<ChatEvent?> Map);

    private sealed class ChatQueue
    {
        public readonly Queue<Item> Items = new();
        public bool Running;
    }

    /// <summary>Waits until fewer than <see cref="MaxWaiting"/> events are queued, and takes a place for one more.</summary>
    public Task WaitForRoomAsync(CancellationToken ct) => _room.WaitAsync(ct);

    /// <summary>
    /// Queues an accepted event behind its chat's earlier ones and returns at once. The caller took a place with
    /// <see cref="WaitForRoomAsync"/> first; it is given back when the event is done.
    /// </summary>
    public void Enqueue(string channel, AcceptedUpdate update, Func<ChatEvent?> map)
    {
        _handled.Track(Key(channel, update.ExternalId));
        var queue = _chats.GetOrAdd(update.ChatKey, _ => new ChatQueue());
        bool start;
        lock (queue)
        {
            queue.Items.Enqueue(new Item(channel, update, map));
            start = !queue.Running;
            queue.Running = true;
        }
        if (start) _ = Task.Run(() => DrainAsync(queue));
    }

    /// <summary>A redelivered event the inbox already had: nothing to do, but anyone waiting for it is told.</summary>
    public void Skipped(string channel, string externalId) => _handled.Skipped(Key(channel, externalId));

    /// <summary>Completes when the event with this external id has been handled (or skipped) by this host.</summary>
    public Task WaitHandledAsync(string channel, string externalId, CancellationToken ct) =>
        _handled.WaitAsync(Key(channel, externalId), ct);

    private async Task DrainAsync(ChatQueue queue)
    {
        var stopping = lifetime.ApplicationStopping;
        while (true)
        {
            Item item;
            lock (queue)
            {
                if (queue.Items.Count == 0)
                {
                    queue.Running = false;
                    return;
                }
                item = queue.Items.Dequeue();
            }
            try
            {
                await _parallel.WaitAsync(stopping);
                try
                {
                    await HandleOneAsync(item, stopping);
                }
                finally
                {
                    _parallel.Release();
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Stopping: the event stays unhandled in the inbox and is handled after the restart.
            }
            catch (Exception ex)
            {
                // The database failed even for marking the event: keep the chat's queue moving all the same.
                logger.LogError(ex, "Could not record {Channel} event {EventId} as handled", item.Channel, item.Update.ExternalId);
            }
            finally
            {
                _room.Release();
                _handled.Done(Key(item.Channel, item.Update.ExternalId));
            }
        }
    }

    private async Task HandleOneAsync(Item item, CancellationToken ct)
    {
        ChatEvent? chatEvent = null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            // One connection for the whole event: EF would otherwise take one from the pool for every query.
            await db.Database.OpenConnectionAsync(ct);
            var row = ChatInbox.TrackHandled(db, item.Update.InboxId, now);
            chatEvent = item.Map();
            if (chatEvent is not null) await scope.ServiceProvider.GetRequiredService<ChatRouter>().HandleAsync(chatEvent, ct);
            // Saved with the flow's changes; an event that saved nothing (or whose save failed) is marked on its own.
            if (db.Entry(row).State != EntityState.Unchanged) await ChatInbox.ClaimAsync(db, item.Update.InboxId, now, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Handling {Channel} event {EventId} ({EventType}) in chat {ChatId} failed",
                item.Channel, item.Update.ExternalId, chatEvent?.GetType().Name, item.Update.ChatKey);
            // Not replayed after a restart: an event that fails once would most likely fail again.
            await ChatInbox.ClaimAsync(db, item.Update.InboxId, now, CancellationToken.None);
        }
    }

    private static string Key(string channel, string externalId) => $"{channel}:{externalId}";

    public void Dispose()
    {
        _parallel.Dispose();
        _room.Dispose();
    }
}
