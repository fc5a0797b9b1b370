namespace PortfolioBot.Core.Notifications;

public enum NotificationKind
{
    EntryConfirmed = 1,
    EntryReturned = 2,
    DeadlineReminder = 3,
    DraftReminder = 4,
    Nudge = 5,
    ReviewerDigest = 6,
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Unreachable = 3,
    Cancelled = 4,
}

/// <summary>
/// A notification waiting for delivery, written in the same transaction as the event that causes it.
/// <see cref="Key"/> is unique, so the same event can never enqueue two messages.
/// </summary>
public class OutboxMessage
{
    public const int MaxErrorLength = 500;

    /// <summary>
    /// Why a message is Failed when a dispatcher stopped between calling the channel and recording the outcome:
    /// it may or may not have arrived, so it is not resent on its own (an administrator can requeue it).
    /// </summary>
    public const string InDoubtError = "In doubt: the dispatcher stopped while sending; not resent to avoid a duplicate. Requeue if it did not arrive.";

    public static bool IsInDoubt(OutboxStatus status, string? lastError) => status == OutboxStatus.Failed && lastError == InDoubtError;

    private OutboxMessage() { Key = null!; PayloadJson = null!; }

    public OutboxMessage(string key, NotificationKind kind, int? teacherId, int? staffMemberId, string payloadJson, DateTime createdAtUtc, DateTime? notBeforeUtc = null)
    {
        if ((teacherId is null) == (staffMemberId is null)) throw new ArgumentException("A notification goes to exactly one teacher or staff member.");
        Key = key;
        Kind = kind;
        TeacherId = teacherId;
        StaffMemberId = staffMemberId;
        PayloadJson = payloadJson;
        CreatedAt = createdAtUtc;
        NextAttemptAt = notBeforeUtc ?? createdAtUtc;
        Status = OutboxStatus.Pending;
    }

    public long Id { get; private set; }
    public string Key { get; private set; }
    public NotificationKind Kind { get; private set; }
    public int? TeacherId { get; private set; }
    public int? StaffMemberId { get; private set; }
    public string PayloadJson { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }

    /// <summary>Not sent before this instant (quiet hours, backoff, retry_after).</summary>
    public DateTime NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? SentAt { get; private set; }

    /// <summary>A dispatcher's lease: while it runs, no other dispatcher takes the message.</summary>
    public string? ClaimedBy { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>
    /// Set (under the lease) just before the channel is called and cleared with the outcome. A message found with
    /// this set and its lease expired was possibly sent by a dispatcher that died: it is never resent blindly.
    /// </summary>
    public DateTime? SendingStartedAt { get; private set; }

    /// <summary>A dispatcher gives back a message it claimed but did not start sending (shutdown, lease check).</summary>
    public void Release() => ReleaseClaim();

    public void MarkSent(DateTime utcNow)
    {
        Status = OutboxStatus.Sent;
        SentAt = utcNow;
        Attempts++;
        ReleaseClaim();
    }

    public void RetryAt(DateTime whenUtc, string error)
    {
        Attempts++;
        NextAttemptAt = whenUtc;
        LastError = Truncate(error);
        ReleaseClaim();
    }

    /// <summary>Waits without counting an attempt (429 retry_after, quiet hours).</summary>
    public void Postpone(DateTime whenUtc, string? reason = null)
    {
        NextAttemptAt = whenUtc;
        if (reason is not null) LastError = Truncate(reason);
        ReleaseClaim();
    }

    public void MarkFailed(string error)
    {
        Attempts++;
        Status = OutboxStatus.Failed;
        LastError = Truncate(error);
        ReleaseClaim();
    }

    public void MarkUnreachable(string error)
    {
        Status = OutboxStatus.Unreachable;
        LastError = Truncate(error);
        ReleaseClaim();
    }

    public void Cancel(string reason)
    {
        Status = OutboxStatus.Cancelled;
        LastError = Truncate(reason);
        ReleaseClaim();
    }

    /// <summary>Puts a failed message back in the queue (an administrator's "retry").</summary>
    public void Requeue(DateTime utcNow)
    {
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = utcNow;
        ReleaseClaim();
    }

    private void ReleaseClaim()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
        SendingStartedAt = null;
    }

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
