using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Delivery;

/// <summary>What the dispatcher needs to know about who a message is for: their clock and whether they listen.</summary>
internal sealed record Recipient(string TimeZoneId, bool Reachable)
{
    public static async Task<Recipient> LoadAsync(PortfolioDbContext db, OutboxMessage m, CancellationToken ct)
    {
        var accounts = await db.ChatAccountsOf(m).ToListAsync(ct);
        var zone = m.TeacherId is { } teacherId
            ? await db.Teachers.Where(t => t.Id == teacherId)
                .Join(db.Schools, t => t.SchoolId, s => s.Id, (t, s) => s.TimeZoneId).FirstOrDefaultAsync(ct)
            : await db.StaffSchools.Where(ss => ss.StaffMemberId == m.StaffMemberId)
                .Join(db.Schools, ss => ss.SchoolId, s => s.Id, (ss, s) => s.TimeZoneId).OrderBy(z => z).FirstOrDefaultAsync(ct);
        // No linked account at all is the channel's call (it answers Unreachable); a blocked one is ours.
        return new(zone ?? SchoolCalendar.DefaultTimeZoneId, accounts.Count == 0 || accounts.Any(a => a.IsReachable));
    }

    public static async Task MarkUnreachableAsync(PortfolioDbContext db, OutboxMessage m, DateTime now)
    {
        foreach (var account in await db.ChatAccountsOf(m).ToListAsync()) account.MarkUnreachable(now);
    }
}
