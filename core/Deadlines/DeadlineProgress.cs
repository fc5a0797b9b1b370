using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Deadlines;

/// <summary>Where one teacher stands against a deadline, and what is still missing.</summary>
public sealed record DeadlineStanding(int TeacherId, string FullName, bool Met, IReadOnlyList<int> SectionsMissing, int EntriesNotSubmitted);

/// <summary>
/// Who a deadline is for and who has met it. "Met" follows <see cref="DeadlineRequirement"/>: a confirmed
/// (or recorded, needing no confirmation) current entry in each of the four sections; or no draft and no
/// returned entry left. Only active teachers are counted.
/// </summary>
public sealed class DeadlineProgress(PortfolioDbContext db, SchoolCalendar calendar)
{
    public async Task<IReadOnlyList<DeadlineStanding>> StandingsAsync(Deadline deadline, CancellationToken ct = default)
    {
        var audience = await AudienceAsync(deadline, ct);
        var ids = audience.Select(a => a.Id).ToList();
        var entries = await db.CurrentEntries.AsNoTracking().Where(e => ids.Contains(e.TeacherId))
            .Select(e => new { e.TeacherId, e.KindCode, e.Status }).ToListAsync(ct);
        var byTeacher = entries.ToLookup(e => e.TeacherId);
        return audience.Select(t =>
        {
            var own = byTeacher[t.Id].ToList();
            var done = own.Where(e => e.Status.IsFinal()).Select(e => PortfolioCatalogue.Find(e.KindCode)?.Section ?? 0).ToHashSet();
            var missing = PortfolioCatalogue.Sections.Select(s => s.Number).Where(n => !done.Contains(n)).ToList();
            var open = own.Count(e => e.Status.IsEditable());
            var met = deadline.Requirement switch
            {
                DeadlineRequirement.ConfirmedEntryInEverySection => missing.Count == 0,
                DeadlineRequirement.AllEntriesSubmitted => open == 0,
                _ => false,
            };
            return new DeadlineStanding(t.Id, t.FullName, met, missing, open);
        }).ToList();
    }

    /// <summary>The active teachers a deadline applies to, by name.</summary>
    public async Task<IReadOnlyList<(int Id, string FullName)>> AudienceAsync(Deadline deadline, CancellationToken ct = default)
    {
        var teachers = db.Teachers.AsNoTracking().Where(t => t.SchoolId == deadline.SchoolId && t.IsActive);
        switch (deadline.Audience)
        {
            case DeadlineAudience.ChosenTeachers:
                var chosen = await db.DeadlineTeachers.Where(d => d.DeadlineId == deadline.Id).Select(d => d.TeacherId).ToListAsync(ct);
                chosen.AddRange(deadline.Teachers.Select(t => t.TeacherId));
                teachers = teachers.Where(t => chosen.Contains(t.Id));
                break;
            case DeadlineAudience.AttestationDueThisYear:
                var timeZone = await db.Schools.Where(s => s.Id == deadline.SchoolId).Select(s => s.TimeZoneId).FirstAsync(ct);
                var year = calendar.CurrentYear(timeZone);
                var awarded = await teachers.Where(t => t.CategoryAwardedOn != null).Select(t => new { t.Id, t.FullName, t.CategoryAwardedOn }).ToListAsync(ct);
                return awarded.Where(t => year.Contains(t.CategoryAwardedOn!.Value.AddYears(Teachers.Teacher.AttestationPeriodYears)))
                    .OrderBy(t => t.FullName).Select(t => (t.Id, t.FullName)).ToList();
        }
        return (await teachers.OrderBy(t => t.FullName).Select(t => new { t.Id, t.FullName }).ToListAsync(ct)).Select(t => (t.Id, t.FullName)).ToList();
    }
}
