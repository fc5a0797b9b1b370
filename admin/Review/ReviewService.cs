using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Admin.Review;

public enum ReviewOutcome
{
    Done,

    /// <summary>Someone else reviewed it first, or the teacher changed or withdrew it since the page was loaded.</summary>
    Conflict,
    NotFound,

    /// <summary>The entry refused the review (a missing or too long comment).</summary>
    Refused,
}

/// <summary>What happened to one entry; on a conflict, who reviewed it and when.</summary>
public sealed record ReviewResult(ReviewOutcome Outcome, int EntryId, EntryStatus? Status = null, string? ReviewedBy = null, DateTime? ReviewedAt = null, EntryRule? Rule = null);

/// <summary>
/// Confirms and returns entries for the signed-in reviewer. The entry's own methods change it; the
/// PortfolioDbContext writes the review, its audit record and the teacher's notification in one transaction.
/// A stale revision or a concurrent save changes nothing and reports who got there first.
/// </summary>
public sealed class ReviewService(PortfolioDbContext db, StaffScope staff, TimeProvider time)
{
    public Task<ReviewResult> ConfirmAsync(int entryId, int revision, CancellationToken ct = default) =>
        ReviewAsync(entryId, revision, (entry, now) => entry.Confirm(staff.Actor, now), ct);

    public Task<ReviewResult> ReturnAsync(int entryId, int revision, string? comment, CancellationToken ct = default) =>
        ReviewAsync(entryId, revision, (entry, now) => entry.Return(staff.Actor, comment ?? "", now), ct);

    /// <summary>Confirms each selected entry on its own: one audit record each, and one conflict does not stop the rest.</summary>
    public async Task<IReadOnlyList<ReviewResult>> ConfirmManyAsync(IEnumerable<(int EntryId, int Revision)> selection, CancellationToken ct = default)
    {
        var results = new List<ReviewResult>();
        foreach (var (entryId, revision) in selection.DistinctBy(s => s.EntryId))
        {
            results.Add(await ConfirmAsync(entryId, revision, ct));
            db.ChangeTracker.Clear();
        }
        return results;
    }

    private async Task<ReviewResult> ReviewAsync(int entryId, int revision, Action<Entry, DateTime> review, CancellationToken ct)
    {
        var entry = await staff.Entries.FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null) return new(ReviewOutcome.NotFound, entryId);
        if (entry.Status != EntryStatus.Submitted || entry.Revision != revision) return Conflict(entry);
        try
        {
            review(entry, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return new(ReviewOutcome.Done, entryId, entry.Status, entry.ReviewedByName, entry.ReviewedAt);
        }
        catch (EntryRuleException ex) when (ex.Rule is EntryRule.CommentRequired or EntryRule.TextTooLong)
        {
            db.ChangeTracker.Clear();
            return new(ReviewOutcome.Refused, entryId, EntryStatus.Submitted, Rule: ex.Rule);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another reviewer saved between our read and our write; report what they did.
            db.ChangeTracker.Clear();
            var current = await staff.AllEntryVersions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, ct);
            return current is null ? new(ReviewOutcome.NotFound, entryId) : Conflict(current);
        }
    }

    private static ReviewResult Conflict(Entry entry) =>
        new(ReviewOutcome.Conflict, entry.Id, entry.Status, entry.ReviewedByName, entry.ReviewedAt);
}
