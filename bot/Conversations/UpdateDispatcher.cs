using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// Runs incoming events: one DI scope per event, events of one chat strictly in order, different chats in
/// parallel (bounded by Telegram:MaxParallelChats), each event id handled once (ProcessedUpdate), and no
/// exception escapes — the receiving loop must keep going.
/// </summary>
public sealed class UpdateDispatcher(IServiceScopeFactory scopes, IOptions<TelegramOptions> options, TimeProvider time, ILogger<UpdateDispatcher> logger) : IDisposable
{
    // One gate per chat; the set of chats is the set of teachers, small enough to keep.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _chatGates = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _parallel = new(options.Value.MaxParallelChats, options.Value.MaxParallelChats);

    /// <summary>Handles a batch: chats in parallel, each chat's events in the order given. Returns when all are done.</summary>
    public Task HandleBatchAsync(string channel, IEnumerable<(string ChatKey, Func<ChatEvent?> Event)> batch, CancellationToken ct) =>
        Task.WhenAll(batch.GroupBy(b => b.ChatKey).Select(async chat =>
        {
            foreach (var item in chat) await HandleAsync(channel, item.ChatKey, item.Event, ct);
        }));

    public async Task HandleAsync(string channel, string chatKey, Func<ChatEvent?> map, CancellationToken ct)
    {
        var gate = _chatGates.GetOrAdd(chatKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            await _parallel.WaitAsync(ct);
            try
            {
                await HandleOneAsync(channel, map, ct);
            }
            finally
            {
                _parallel.Release();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        _parallel.Dispose();
        foreach (var gate in _chatGates.Values) gate.Dispose();
    }

    private async Task HandleOneAsync(string channel, Func<ChatEvent?> map, CancellationToken ct)
    {
        ChatEvent? chatEvent = null;
        try
        {
            chatEvent = map();
            if (chatEvent is null) return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            if (!await ClaimAsync(db, channel, chatEvent.EventId, ct)) return;
            await scope.ServiceProvider.GetRequiredService<ChatRouter>().HandleAsync(chatEvent, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Handling {Channel} event {EventId} ({EventType}) in chat {ChatId} failed",
                channel, chatEvent?.EventId, chatEvent?.GetType().Name, chatEvent?.Origin.ChatId);
        }
    }

    /// <summary>Marks the event as handled first: a redelivered event is skipped (at most once beats twice for chat replies).</summary>
    private async Task<bool> ClaimAsync(PortfolioDbContext db, string channel, string eventId, CancellationToken ct)
    {
        if (await db.ProcessedUpdates.AnyAsync(p => p.Channel == channel && p.UpdateId == eventId, ct))
        {
            logger.LogInformation("Skipping {Channel} event {EventId}: already handled", channel, eventId);
            return false;
        }
        db.ProcessedUpdates.Add(new ProcessedUpdate(channel, eventId, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
