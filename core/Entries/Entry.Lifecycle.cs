using PortfolioBot.Core.Audit;

namespace PortfolioBot.Core.Entries;

public partial class Entry
{
    public const int MaxCommentLength = 2000;

    /// <summary>Sends the entry for review, or records it straight away when its kind needs no confirmation.</summary>
    public void Submit(bool needsConfirmation, Actor actor, DateTime utcNow)
    {
        Require(Status.IsEditable(), "submit");
        var to = needsConfirmation ? EntryStatus.Submitted : EntryStatus.Recorded;
        var from = Status;
        Status = to;
        SubmittedAt = utcNow;
        ReviewComment = null;
        Touch(utcNow);
        Raise(to == EntryStatus.Recorded ? "recorded" : "submitted", actor, from, to, null, utcNow);
    }

    /// <summary>Takes a submitted entry back to draft before anyone reviewed it.</summary>
    public void Withdraw(Actor actor, DateTime utcNow)
    {
        Require(Status == EntryStatus.Submitted, "withdraw");
        Status = EntryStatus.Draft;
        SubmittedAt = null;
        Touch(utcNow);
        Raise("withdrawn", actor, EntryStatus.Submitted, EntryStatus.Draft, null, utcNow);
    }

    public void Confirm(Actor reviewer, DateTime utcNow)
    {
        Require(Status == EntryStatus.Submitted, "confirm");
        RequireCurrent();
        Status = EntryStatus.Confirmed;
        MarkReviewed(reviewer, null, utcNow);
        Raise("confirmed", reviewer, EntryStatus.Submitted, EntryStatus.Confirmed, null, utcNow);
    }

    public void Return(Actor reviewer, string comment, DateTime utcNow)
    {
        Require(Status == EntryStatus.Submitted, "return");
        RequireCurrent();
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new EntryRuleException(EntryRule.CommentRequired, "A returned entry needs a comment for the teacher.");
        if (trimmed.Length > MaxCommentLength) throw new EntryRuleException(EntryRule.TextTooLong, $"A comment is at most {MaxCommentLength} characters.");
        Status = EntryStatus.Returned;
        MarkReviewed(reviewer, trimmed, utcNow);
        Raise("returned", reviewer, EntryStatus.Submitted, EntryStatus.Returned, trimmed, utcNow);
    }

    /// <summary>
    /// A confirmed or recorded entry is locked: changing it starts a new draft version that needs review again.
    /// This one stays in the history (no longer current, so lists show the new version) and keeps counting in
    /// reports (<see cref="Data.PortfolioDbContext.FinalEntries"/>) until a newer version is final.
    /// </summary>
    public Entry StartNewVersion(Actor actor, DateTime utcNow)
    {
        Require(Status.IsFinal(), "revise");
        RequireCurrent();
        var next = new Entry(this, actor, utcNow);
        IsCurrent = false;
        Touch(utcNow);
        Raise("superseded", actor, Status, Status, null, utcNow);
        return next;
    }

    /// <summary>Only drafts are deleted, and softly. Deleting a new version brings the previous one back.</summary>
    public void Delete(Actor actor, DateTime utcNow)
    {
        Require(Status == EntryStatus.Draft && !IsDeleted, "delete");
        if (PreviousVersionId is not null && PreviousVersion is null)
            throw new InvalidOperationException("Load PreviousVersion before deleting a new version of an entry.");
        IsDeleted = true;
        IsCurrent = false;
        DeletedAt = utcNow;
        Touch(utcNow);
        Raise("deleted", actor, EntryStatus.Draft, null, null, utcNow);
        if (PreviousVersion is { } previous)
        {
            previous.IsCurrent = true;
            previous.Touch(utcNow);
            previous.Raise("restored", actor, previous.Status, previous.Status, $"version {Version} deleted", utcNow);
        }
    }

    public void ToggleStar(Actor actor, DateTime utcNow)
    {
        IsStarred = !IsStarred;
        Touch(utcNow);
        Raise(IsStarred ? "starred" : "unstarred", actor, Status, Status, null, utcNow);
    }

    private void MarkReviewed(Actor reviewer, string? comment, DateTime utcNow)
    {
        ReviewedAt = utcNow;
        ReviewedByStaffId = reviewer.Id;
        ReviewedByName = reviewer.Name;
        ReviewComment = comment;
        Touch(utcNow);
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed || IsDeleted)
            throw new EntryRuleException(EntryRule.IllegalTransition, $"Cannot {action} an entry that is {(IsDeleted ? "deleted" : Status.ToString().ToLowerInvariant())}.");
    }

    private void RequireCurrent()
    {
        if (!IsCurrent) throw new EntryRuleException(EntryRule.NotCurrentVersion, "This is not the current version of the entry.");
    }

    private void Touch(DateTime utcNow)
    {
        UpdatedAt = utcNow;
        Revision++;
    }

    private void Raise(string action, Actor actor, EntryStatus? from, EntryStatus? to, string? comment, DateTime utcNow) =>
        _events.Add(new EntryEvent(action, actor, from, to, comment, utcNow, Revision));
}
