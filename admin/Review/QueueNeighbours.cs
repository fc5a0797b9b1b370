using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Admin.Review;

/// <summary>
/// The entries just before and after one in the review queue's order (starred first, then the oldest submission,
/// then the id), each found by an indexed LIMIT 1 query. Reading the whole queue's ids instead cost a district
/// reviewer 160 ms an entry page with 100,000 entries waiting (benchmarks, issue 6).
/// </summary>
public static class QueueNeighbours
{
    /// <param name="queue">The queue's filtered entries, not yet ordered (<see cref="ReviewQuery.Filter"/>).</param>
    public static async Task<(int? Previous, int? Next)> FindAsync(IQueryable<Entry> queue, int id, CancellationToken ct)
    {
        var current = await queue.Where(e => e.Id == id).Select(e => new { e.IsStarred, e.SubmittedAt }).FirstOrDefaultAsync(ct);
        // An entry outside the queue (reviewed meanwhile, or filtered out) leads to the queue's first entry.
        // Every entry in the queue was submitted, so SubmittedAt is set; the null case is only defensive.
        if (current?.SubmittedAt is not { } at) return (null, await FirstIdAsync(ReviewQuery.InQueueOrder(queue), ct));

        var starred = current.IsStarred;
        var group = queue.Where(e => e.IsStarred == starred);
        // "SubmittedAt >= at AND (...)" rather than a plain OR, so SQLite can start the index walk at this entry.
        var next = await FirstIdAsync(ReviewQuery.InQueueOrder(group.Where(e => e.SubmittedAt >= at && (e.SubmittedAt > at || e.Id > id))), ct)
            ?? (starred ? await FirstIdAsync(ReviewQuery.InQueueOrder(queue.Where(e => !e.IsStarred)), ct) : null);
        var previous = await FirstIdAsync(InReverseOrder(group.Where(e => e.SubmittedAt <= at && (e.SubmittedAt < at || e.Id < id))), ct)
            ?? (starred ? null : await FirstIdAsync(InReverseOrder(queue.Where(e => e.IsStarred)), ct));
        return (previous, next);
    }

    private static IQueryable<Entry> InReverseOrder(IQueryable<Entry> entries) =>
        entries.OrderBy(e => e.IsStarred).ThenByDescending(e => e.SubmittedAt).ThenByDescending(e => e.Id);

    private static Task<int?> FirstIdAsync(IQueryable<Entry> entries, CancellationToken ct) =>
        entries.Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
}
