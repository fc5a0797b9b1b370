using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Core.Delivery;

/// <summary>
/// The outbox leases, each one conditional UPDATE statement. SQLite runs one writer at a time and evaluates
/// the WHERE inside the write, so two dispatchers on one database can never both take the same row.
/// </summary>
internal static class OutboxClaims
{
    /// <summary>Claims up to <paramref name="limit"/> due messages for <paramref name="claimToken"/> and returns them.</summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(PortfolioDbContext db, string claimToken, DateTime now, TimeSpan lease, int limit, CancellationToken ct)
    {
        var due = db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && m.SendingStartedAt == null
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(limit);
        // UPDATE Outbox SET ClaimedBy = @token, ClaimedUntil = @until
        // WHERE Id IN (SELECT Id ... LIMIT @limit) AND Status = 0 AND SendingStartedAt IS NULL AND (ClaimedUntil IS NULL OR ClaimedUntil < @now)
        var claimed = await db.Outbox
            .Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.SendingStartedAt == null
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claimToken).SetProperty(m => m.ClaimedUntil, now + lease), ct);
        if (claimed == 0) return [];
        return await db.Outbox.AsNoTracking().Where(m => m.ClaimedBy == claimToken && m.SendingStartedAt == null)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The point of no return: marks the message as being sent, and extends the lease, only if it is still ours.
    /// False means the lease ran out and someone else may hold it now: do not send.
    /// </summary>
    public static async Task<bool> BeginSendingAsync(PortfolioDbContext db, long id, string claimToken, DateTime now, TimeSpan lease, CancellationToken ct) =>
        await db.Outbox
            .Where(m => m.Id == id && m.ClaimedBy == claimToken && m.Status == OutboxStatus.Pending && m.SendingStartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SendingStartedAt, now).SetProperty(m => m.ClaimedUntil, now + lease), ct) == 1;

    /// <summary>Gives back every message claimed under <paramref name="claimToken"/> that was not started.</summary>
    public static Task<int> ReleaseUnstartedAsync(PortfolioDbContext db, string claimToken, CancellationToken ct) =>
        db.Outbox
            .Where(m => m.ClaimedBy == claimToken && m.SendingStartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTime?)null), ct);

    /// <summary>
    /// Messages whose send started under a lease that has since run out: the dispatcher died between calling the
    /// channel and recording the outcome, so the message may or may not have arrived. They are marked failed,
    /// never resent automatically (at most once); the admin shows them and an administrator can requeue.
    /// </summary>
    public static Task<int> FailInDoubtAsync(PortfolioDbContext db, DateTime now, CancellationToken ct) =>
        // One conditional statement, so a late outcome recorded by a dispatcher that was merely slow is never overwritten.
        db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.SendingStartedAt != null && m.ClaimedUntil < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Failed)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, OutboxMessage.InDoubtError)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.SendingStartedAt, (DateTime?)null), ct);
}
