using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Core.Reminders;

/// <summary>
/// A gentle nudge to a teacher who has done nothing for <see cref="RemindersOptions.NudgeAfterDays"/>: one per
/// such period of silence (at 30, 60, 90 days...), never to a teacher who muted nudges.
/// </summary>
public sealed class Nudges(PortfolioDbContext db, QuietHours quiet, TimeProvider time, IOptions<RemindersOptions> options)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var period = options.Value.NudgeAfterDays;
        var now = time.GetUtcNow().UtcDateTime;
        var quietSince = now.AddDays(-period);
        var idle = await db.Teachers.Where(t => t.IsActive && !t.NudgesMuted && t.LastActivityAt <= quietSince)
            .Join(db.ChatAccounts.Where(a => a.UnreachableSince == null), t => t.Id, a => a.TeacherId, (t, a) => new { t.Id, t.LastActivityAt, t.SchoolId })
            .Join(db.Schools, t => t.SchoolId, s => s.Id, (t, s) => new { t.Id, t.LastActivityAt, s.TimeZoneId })
            .Distinct().ToListAsync(ct);
        var enqueued = 0;
        foreach (var teacher in idle)
        {
            var days = (int)(now - teacher.LastActivityAt).TotalDays;
            var stretch = days / period;
            // Keyed by when the silence began: new activity starts a new series, muting stops it.
            var slot = $"nudge:teacher:{teacher.Id}:{teacher.LastActivityAt.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}:{stretch}";
            if (await ReminderOutbox.TryEnqueueAsync(db, slot, NotificationKind.Nudge, teacher.Id, null, new NudgePayload(days), now,
                    quiet.NextAllowed(now, teacher.TimeZoneId), ct))
                enqueued++;
        }
        return enqueued;
    }
}
