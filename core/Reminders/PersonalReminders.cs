using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Reminders;

/// <summary>"Remind me" choices on a draft.</summary>
public enum RemindIn
{
    Tomorrow = 1,
    ThreeDays = 3,
    NextWeek = 7,
}

/// <summary>A teacher's "remind me" on a draft: scheduled by the bot, brought back as a DraftReminder when due.</summary>
public sealed class PersonalReminders(PortfolioDbContext db, QuietHours quiet, TimeProvider time)
{
    /// <summary>Schedules (or reschedules) the reminder for the teacher's own draft; null when it is not their draft.</summary>
    public async Task<PersonalReminder?> ScheduleAsync(int teacherId, int entryId, RemindIn when, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var isDraft = await db.CurrentEntries.AnyAsync(e => e.Id == entryId && e.TeacherId == teacherId && e.Status == EntryStatus.Draft, ct);
        if (!isDraft) return null;
        // One open reminder per draft: the newest choice wins.
        var open = await db.PersonalReminders.Where(r => r.EntryId == entryId && r.FiredAt == null).ToListAsync(ct);
        db.PersonalReminders.RemoveRange(open);
        var reminder = new PersonalReminder(teacherId, entryId, now.AddDays((int)when), now);
        db.PersonalReminders.Add(reminder);
        await db.SaveChangesAsync(ct);
        return reminder;
    }

    /// <summary>Turns due reminders into outbox messages (skipping drafts that were submitted or deleted); returns how many.</summary>
    public async Task<int> FireDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.PersonalReminders.Where(r => r.FiredAt == null && r.DueAt <= now).OrderBy(r => r.DueAt).Select(r => r.Id).ToListAsync(ct);
        var enqueued = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var reminder = await db.PersonalReminders.FirstAsync(r => r.Id == id, ct);
            var entry = await db.CurrentEntries.Where(e => e.Id == reminder.EntryId && e.Status == EntryStatus.Draft)
                .Select(e => new { e.Id, e.Title, e.KindCode, e.SchoolId }).FirstOrDefaultAsync(ct);
            reminder.Fire(now);
            if (entry is not null)
            {
                var zone = await db.Schools.Where(s => s.Id == entry.SchoolId).Select(s => s.TimeZoneId).FirstOrDefaultAsync(ct) ?? SchoolCalendar.DefaultTimeZoneId;
                if (await ReminderOutbox.TryEnqueueAsync(db, $"personal:{reminder.Id}", NotificationKind.DraftReminder, reminder.TeacherId, null,
                        new DraftReminderPayload(entry.Id, entry.Title, entry.KindCode), now, quiet.NextAllowed(now, zone), ct))
                {
                    enqueued++;
                    continue;
                }
                reminder = await db.PersonalReminders.FirstAsync(r => r.Id == id, ct);
                reminder.Fire(now);
            }
            await db.SaveChangesAsync(ct);
        }
        return enqueued;
    }
}
