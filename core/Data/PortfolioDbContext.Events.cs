using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Core.Data;

public partial class PortfolioDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// SQLite lets one connection write at a time; the others retry in its busy handler, sleeping 1 to 100 ms
    /// between tries. Saves of this process queue here instead (FIFO, no sleeping), so dozens of chats handled at
    /// once do not turn into dozens of sleeping writers. Saves inside a caller's own transaction skip the queue:
    /// that transaction already holds, or will take, the write lock, and must not wait behind itself.
    /// </summary>
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var queue = Database.CurrentTransaction is null && Database.IsSqlite() ? SqliteWriter : null;
        if (queue is not null) await queue.WaitAsync(cancellationToken);
        try
        {
            return await SaveWithEventsAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            queue?.Release();
        }
    }

    /// <summary>
    /// Saves, then turns the entries' events into audit records and review notifications (outbox), all in one
    /// transaction: a review is never stored without its audit record and notification, nor the reverse.
    /// </summary>
    private async Task<int> SaveWithEventsAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        GuardAppendOnlyAudit();
        var changed = ChangeTracker.Entries<Entry>().Select(e => e.Entity).Where(e => e.Events.Count > 0).ToList();
        if (changed.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var entry in changed)
            {
                foreach (var e in entry.Events) Record(entry, e);
                entry.ClearEvents();
            }
            count += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private void Record(Entry entry, EntryEvent e)
    {
        AuditRecords.Add(new AuditRecord(e.AtUtc, e.Actor, nameof(Entry), entry.Id, e.Action,
            e.From?.ToString(), e.To?.ToString(), e.Comment, entry.SchoolId));

        var kind = e.To switch
        {
            EntryStatus.Confirmed when e.Action == "confirmed" => NotificationKind.EntryConfirmed,
            EntryStatus.Returned when e.Action == "returned" => NotificationKind.EntryReturned,
            _ => (NotificationKind?)null,
        };
        if (kind is null) return;
        var payload = JsonSerializer.Serialize(new ReviewNotification(entry.Id, entry.Title, entry.KindCode, e.Actor.Name, e.Comment));
        Outbox.Add(new OutboxMessage($"entry:{entry.Id}:rev{e.Revision}:{e.Action}", kind.Value, entry.TeacherId, null, payload, e.AtUtc));
    }

    private void GuardAppendOnlyAudit()
    {
        if (ChangeTracker.Entries<AuditRecord>().Any(a => a.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit records are append-only.");
    }
}
