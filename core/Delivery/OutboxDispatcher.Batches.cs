using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Core.Delivery;

/// <summary>Claiming a batch of due messages and delivering it, one task per chat.</summary>
public sealed partial class OutboxDispatcher
{
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

    /// <summary>Delivers a claimed batch; never throws. Whatever was claimed but not started is given back at the end.</summary>
    private async Task DeliverBatchAsync(OutboxBatch batch, CancellationToken stoppingToken)
    {
        try
        {
            // One task per recipient keeps each chat's messages in order; the limiter paces them all.
            var chats = batch.Messages.GroupBy(RecipientKey).ToList();
            await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelChats }, async (chat, _) =>
            {
                foreach (var message in chat)
                {
                    if (stoppingToken.IsCancellationRequested) batch.Started();
                    else await DeliverAsync(message.Id, chat.Key, batch, stoppingToken);
                }
            });
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Delivering an outbox batch failed");
        }
        finally
        {
            batch.Finished();
            try
            {
                // Whatever was claimed but not started goes back at once, so a restart does not wait for the lease.
                await using var scope = scopes.CreateAsyncScope();
                await OutboxClaims.ReleaseUnstartedAsync(scope.ServiceProvider.GetRequiredService<PortfolioDbContext>(), batch.Token, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Giving back the unstarted messages of outbox batch {Token} failed; they return when the lease ends", batch.Token);
            }
        }
    }

    /// <summary>
    /// A claimed batch. <see cref="AllStarted"/> completes once every message has got its place from the limiter
    /// (or was held back, dropped or skipped): only sends in flight are left, so a next batch claimed now cannot
    /// overtake one of this batch's messages to the same chat — it waits behind the send in flight at the limiter.
    /// </summary>
    private sealed class OutboxBatch(string token, List<OutboxMessage> messages)
    {
        private readonly TaskCompletionSource _allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _left = messages.Count;

        public string Token { get; } = token;
        public List<OutboxMessage> Messages { get; } = messages;
        public Task AllStarted => _allStarted.Task;

        public void Started()
        {
            if (Interlocked.Decrement(ref _left) <= 0) _allStarted.TrySetResult();
        }

        public void Finished() => _allStarted.TrySetResult();
    }
}
