using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Bot.Conversations;

/// <summary>One received update as a channel adapter hands it in: its id, its chat and its raw payload.</summary>
public sealed record IncomingUpdate(string ExternalId, string ChatKey, string Payload);

/// <summary>An update now in the inbox, with its row id (the claim and the per-chat order use it).</summary>
public sealed record AcceptedUpdate(long InboxId, string ExternalId, string ChatKey);

/// <summary>
/// The inbox: updates are written here, a whole received batch in one transaction, before the channel is told
/// they arrived — so the adapter can fetch more at once, and a crash or restart loses nothing received.
/// </summary>
public sealed class ChatInbox(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Stores the updates not seen before; returns those (in the order given). Redelivered ones are left out.</summary>
    public async Task<IReadOnlyList<AcceptedUpdate>> AcceptAsync(string channel, IReadOnlyList<IncomingUpdate> updates, CancellationToken ct)
    {
        if (updates.Count == 0) return [];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var ids = updates.Select(u => u.ExternalId).ToList();
        var known = (await db.Inbox.Where(e => e.Channel == channel && ids.Contains(e.ExternalId)).Select(e => e.ExternalId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var fresh = new List<InboxEvent>();
        foreach (var u in updates)
        {
            // known.Add also drops a duplicate inside the same batch.
            if (!known.Add(u.ExternalId)) continue;
            fresh.Add(new InboxEvent(channel, Fit(u.ExternalId), Fit(u.ChatKey), u.Payload, now));
        }
        db.Inbox.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return [.. fresh.Select(e => new AcceptedUpdate(e.Id, e.ExternalId, e.ChatKey))];
    }

    /// <summary>Updates received but never claimed (the host stopped first), oldest first, with their payloads.</summary>
    public async Task<IReadOnlyList<(AcceptedUpdate Update, string Payload)>> UnhandledAsync(string channel, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var rows = await db.Inbox.AsNoTracking()
            .Where(e => e.Channel == channel && e.HandledAt == null && e.Payload != null)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ExternalId, e.ChatKey, e.Payload })
            .ToListAsync(ct);
        return [.. rows.Select(r => (new AcceptedUpdate(r.Id, r.ExternalId, r.ChatKey), r.Payload!))];
    }

    /// <summary>
    /// Marks the update handled as part of the event's own save: tracked in <paramref name="db"/>, written by the
    /// flow's SaveChanges together with the conversation state (one write per update, atomic with its effects).
    /// </summary>
    public static InboxEvent TrackHandled(PortfolioDbContext db, long inboxId, DateTime utcNow)
    {
        var row = InboxEvent.Unhandled(inboxId);
        db.Inbox.Attach(row);
        row.MarkHandled(utcNow);
        // The stub's payload was null already; the row's is not: write the null.
        db.Entry(row).Property(e => e.Payload).IsModified = true;
        return row;
    }

    /// <summary>
    /// Marks the update handled on its own, once: true for the first caller only. For events whose handling
    /// failed or saved nothing, so they are not replayed after a restart.
    /// </summary>
    public static async Task<bool> ClaimAsync(PortfolioDbContext db, long inboxId, DateTime utcNow, CancellationToken ct) =>
        await db.Inbox.Where(e => e.Id == inboxId && e.HandledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.HandledAt, utcNow).SetProperty(e => e.Payload, (string?)null), ct) == 1;

    private static string Fit(string id) => id.Length <= InboxEvent.MaxIdLength ? id : id[..InboxEvent.MaxIdLength];
}
