using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Reminders;

/// <summary>What waits for review in a set of schools: the admin dashboard shows the same numbers.</summary>
public sealed record ReviewQueueSummary(int Waiting, DateTime? OldestSubmittedAt);

/// <summary>
/// A morning digest for staff who linked Telegram: entries waiting in their schools and the oldest one's age.
/// Once a day per staff member, from <see cref="RemindersOptions.DigestTime"/> until quiet hours begin.
/// </summary>
public sealed class ReviewerDigests(PortfolioDbContext db, SchoolCalendar calendar, QuietHours quiet, TimeProvider time, IOptions<RemindersOptions> options)
{
    public async Task<ReviewQueueSummary> SummaryAsync(IReadOnlyCollection<int> schoolIds, CancellationToken ct = default)
    {
        var waiting = db.CurrentEntries.Where(e => e.Status == EntryStatus.Submitted && schoolIds.Contains(e.SchoolId));
        return new(await waiting.CountAsync(ct), await waiting.MinAsync(e => e.SubmittedAt, ct));
    }

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var staff = await db.ChatAccounts.Where(a => a.StaffMemberId != null && a.UnreachableSince == null)
            .Join(db.StaffMembers.Where(s => s.IsActive), a => a.StaffMemberId, s => s.Id, (a, s) => s.Id)
            .Distinct().ToListAsync(ct);
        var enqueued = 0;
        foreach (var staffId in staff)
        {
            var schools = await db.StaffSchools.Where(ss => ss.StaffMemberId == staffId)
                .Join(db.Schools, ss => ss.SchoolId, s => s.Id, (ss, s) => new { s.Id, s.Name, s.TimeZoneId }).OrderBy(s => s.Id).ToListAsync(ct);
            if (schools.Count == 0) continue;
            var zone = schools[0].TimeZoneId;
            var now = time.GetUtcNow().UtcDateTime;
            var local = calendar.LocalNow(zone);
            if (TimeOnly.FromDateTime(local.DateTime) < o.DigestTime || quiet.IsQuiet(now, zone)) continue;

            var summary = await SummaryAsync([.. schools.Select(s => s.Id)], ct);
            if (summary.Waiting == 0) continue;
            var oldestDays = summary.OldestSubmittedAt is { } oldest ? Math.Max(0, (int)(now - oldest).TotalDays) : 0;
            var slot = $"digest:staff:{staffId}:{DateOnly.FromDateTime(local.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            var payload = new ReviewerDigestPayload(summary.Waiting, oldestDays, [.. schools.Select(s => s.Name)]);
            if (await ReminderOutbox.TryEnqueueAsync(db, slot, NotificationKind.ReviewerDigest, null, staffId, payload, now, now, ct)) enqueued++;
        }
        return enqueued;
    }
}
