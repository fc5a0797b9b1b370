namespace PortfolioBot.Core.Deadlines;

/// <summary>
/// Remembers that a reminder slot (e.g. a deadline's "7 days before" for one teacher) was enqueued, in the
/// product's own tables, so switching the scheduler's store never repeats or loses a reminder.
/// </summary>
public class ReminderLog
{
    private ReminderLog() { SlotKey = null!; }

    public ReminderLog(string slotKey, int? teacherId, int? staffMemberId, DateTime utcNow)
    {
        SlotKey = slotKey;
        TeacherId = teacherId;
        StaffMemberId = staffMemberId;
        CreatedAt = utcNow;
    }

    public long Id { get; private set; }
    public string SlotKey { get; private set; }
    public int? TeacherId { get; private set; }
    public int? StaffMemberId { get; private set; }
    public DateTime CreatedAt { get; private set; }
}

/// <summary>A teacher's "remind me" on a draft.</summary>
public class PersonalReminder
{
    private PersonalReminder() { }

    public PersonalReminder(int teacherId, int entryId, DateTime dueAtUtc, DateTime utcNow)
    {
        TeacherId = teacherId;
        EntryId = entryId;
        DueAt = dueAtUtc;
        CreatedAt = utcNow;
    }

    public int Id { get; private set; }
    public int TeacherId { get; private set; }
    public int EntryId { get; private set; }
    public DateTime DueAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? FiredAt { get; private set; }

    public void Fire(DateTime utcNow) => FiredAt ??= utcNow;
}
