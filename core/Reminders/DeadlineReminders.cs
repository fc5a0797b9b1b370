using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Reminders;

/// <summary>
/// Reminds teachers who have not met a deadline, at the configured offsets before it and weekly while it is
/// overdue. Each slot is written once per teacher (ReminderLog), so running this often is harmless.
/// </summary>
public sealed class DeadlineReminders(
    PortfolioDbContext db, DeadlineProgress progress, SchoolCalendar calendar, QuietHours quiet,
    TimeProvider time, IOptions<RemindersOptions> options)
{
    /// <summary>Enqueues the reminders due now; returns how many were enqueued.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var enqueued = 0;
        var deadlines = await db.Deadlines.AsNoTracking().Include(d => d.Teachers)
            .Where(d => d.ArchivedAt == null).OrderBy(d => d.Id).ToListAsync(ct);
        var reachable = await ReachableTeachersAsync(ct);
        foreach (var deadline in deadlines)
        {
            var zone = await db.Schools.Where(s => s.Id == deadline.SchoolId).Select(s => s.TimeZoneId).FirstAsync(ct);
            var slot = CurrentSlot(deadline.DueOn, calendar.Today(zone), options.Value);
            if (slot is null) continue;
            foreach (var status in await progress.ForDeadlineAsync(deadline, ct))
            {
                if (status.Met || !reachable.Contains(status.TeacherId)) continue;
                var payload = new DeadlineReminderPayload(deadline.Id, deadline.Title, deadline.DueOn, slot, deadline.Requirement,
                    status.MissingSections, status.Drafts, status.Returned, status.Entries);
                var now = time.GetUtcNow().UtcDateTime;
                if (await ReminderOutbox.TryEnqueueAsync(db, SlotKey(deadline.Id, status.TeacherId, slot), NotificationKind.DeadlineReminder,
                        status.TeacherId, null, payload, now, quiet.NextAllowed(now, zone), ct))
                    enqueued++;
            }
        }
        return enqueued;
    }

    public static string SlotKey(int deadlineId, int teacherId, string slot) => $"deadline:{deadlineId}:teacher:{teacherId}:{slot}";

    /// <summary>
    /// The latest reminder slot that has come: "d-7" from seven days before until the next offset, "d-0" on the
    /// day and the week after, then "overdue-1", "overdue-2"... every <see cref="RemindersOptions.OverdueRepeatDays"/>.
    /// A deadline created late gets the slot it is in at once (one reminder, then the next offsets); null while
    /// the deadline is further away than the largest offset.
    /// </summary>
    public static string? CurrentSlot(DateOnly dueOn, DateOnly today, RemindersOptions options)
    {
        var offsets = options.Offsets();
        var daysLeft = dueOn.DayNumber - today.DayNumber;
        if (daysLeft >= 0)
        {
            var passed = offsets.Where(o => o >= daysLeft).ToList();
            return passed.Count == 0 ? null : $"d-{passed.Min()}";
        }
        var repeats = -daysLeft / options.OverdueRepeatDays;
        return repeats == 0 ? $"d-{offsets.Min()}" : $"overdue-{repeats}";
    }

    /// <summary>Teachers with a linked chat that has not blocked the bot: a reminder to anyone else would only fail.</summary>
    private async Task<HashSet<int>> ReachableTeachersAsync(CancellationToken ct) =>
        [.. await db.ChatAccounts.Where(a => a.TeacherId != null && a.UnreachableSince == null).Select(a => a.TeacherId!.Value).ToListAsync(ct)];
}
