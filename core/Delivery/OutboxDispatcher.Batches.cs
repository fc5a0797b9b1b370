using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Core.Delivery;

/// <summary>
/// Claimed messages wait in one queue per chat and are served by at most MaxParallelChats chat tasks. A new batch
/// is claimed as soon as a chat task could go idle (fewer chats than MaxParallelChats queued) and no chat has more than
/// half a batch waiting: the limiter's places are never left free for a claim's round trips, and batches made of a
/// few chats with several messages each still give the tasks enough chats to fill the global limit. The depth cap
/// keeps a one-chat backlog from outwaiting its lease: at most 1.5 × BatchSize / PerChatPerSecond (75 s by default).
/// A chat's messages of a later batch queue behind its earlier ones, so each chat is still served in order.
/// </summary>
public sealed partial class OutboxDispatcher
{
    private readonly Lock _queueGate = new();
    private readonly Dictionary<string, Queue<(long Id, OutboxBatch Batch)>> _chatQueues = [];
    private readonly List<Task> _chatTasks = [];
    private TaskCompletionSource _room = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until the queues are low enough to take another batch.</summary>
    private Task RoomForBatchAsync()
    {
        lock (_queueGate)
        {
            if (HasRoom()) return Task.CompletedTask;
            if (_room.Task.IsCompleted) _room = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return _room.Task;
        }
    }

    private bool HasRoom() =>
        _chatQueues.Count < options.Value.MaxParallelChats && _chatQueues.Values.All(q => q.Count <= options.Value.BatchSize / 2);

    /// <summary>Fails messages left in doubt by a stopped dispatcher, then claims up to BatchSize due ones; null when none are due.</summary>
    private async Task<OutboxBatch?> ClaimBatchAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var token = $"{InstanceId}#{Interlocked.Increment(ref _batches)}";
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var failed = await OutboxClaims.FailInDoubtAsync(db, UtcNow, stoppingToken);
        if (failed > 0) logger.LogWarning("{Count} outbox messages were in doubt after a dispatcher stopped mid-send; marked failed, not resent", failed);
        var messages = await OutboxClaims.ClaimAsync(db, token, UtcNow, o.Lease, o.BatchSize, stoppingToken);
        return messages.Count == 0 ? null : new OutboxBatch(token, messages);
    }

    /// <summary>Queues a claimed batch behind each chat's earlier messages and starts a task for chats not being served.</summary>
    private void Enqueue(OutboxBatch batch, SemaphoreSlim workers, CancellationToken stoppingToken)
    {
        lock (_queueGate)
        {
            foreach (var message in batch.Messages)
            {
                var key = RecipientKey(message);
                if (_chatQueues.TryGetValue(key, out var queue))
                {
                    queue.Enqueue((message.Id, batch));
                    continue;
                }
                _chatQueues[key] = queue = new();
                queue.Enqueue((message.Id, batch));
                _chatTasks.RemoveAll(t => t.IsCompleted);
                _chatTasks.Add(ServeChatAsync(key, workers, stoppingToken));
            }
        }
    }

    /// <summary>Serves one chat's queue in order until it is empty; never throws.</summary>
    private async Task ServeChatAsync(string key, SemaphoreSlim workers, CancellationToken stoppingToken)
    {
        await Task.Yield(); // started under the queue lock: run the rest outside it
        await workers.WaitAsync(CancellationToken.None);
        try
        {
            while (true)
            {
                (long Id, OutboxBatch Batch) next;
                bool more;
                lock (_queueGate)
                {
                    more = _chatQueues[key].TryDequeue(out next);
                    if (!more) _chatQueues.Remove(key);
                    if (HasRoom()) _room.TrySetResult();
                }
                if (!more) return;
                // Stopping: what is left is not sent, and goes back to the outbox when its batch is done.
                if (!stoppingToken.IsCancellationRequested) await DeliverAsync(next.Id, key, next.Batch.Token, stoppingToken);
                await MessageDoneAsync(next.Batch);
            }
        }
        finally
        {
            workers.Release();
        }
    }

    /// <summary>Waits for every chat task (after stopping, they drain their queues without sending).</summary>
    private Task AllChatsServedAsync()
    {
        lock (_queueGate)
        {
            return Task.WhenAll(_chatTasks);
        }
    }

    /// <summary>When a batch's last message is done, whatever it claimed but did not start goes back at once.</summary>
    private async Task MessageDoneAsync(OutboxBatch batch)
    {
        if (!batch.MessageDone()) return;
        try
        {
            // Held back, dropped or skipped while stopping: back at once, so a restart does not wait for the lease.
            await using var scope = scopes.CreateAsyncScope();
            await OutboxClaims.ReleaseUnstartedAsync(scope.ServiceProvider.GetRequiredService<PortfolioDbContext>(), batch.Token, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Giving back the unstarted messages of outbox batch {Token} failed; they return when the lease ends", batch.Token);
        }
    }

    private sealed class OutboxBatch(string token, List<OutboxMessage> messages)
    {
        private int _left = messages.Count;

        public string Token { get; } = token;
        public List<OutboxMessage> Messages { get; } = messages;

        /// <summary>True for the last message of the batch.</summary>
        public bool MessageDone() => Interlocked.Decrement(ref _left) == 0;
    }
}
