using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Deadlines;

/// <summary>Where one teacher stands against one deadline's requirement.</summary>
/// <param name="MissingSections">Sections (1–4) still without a confirmed or recorded entry, in order.</param>
/// <param name="Drafts">Current drafts (not submitted yet).</param>
/// <param name="Returned">Current entries returned for changes.</param>
/// <param name="Entries">Current entries of any status.</param>
public sealed record DeadlineStatus(int TeacherId, bool Met, IReadOnlyList<int> MissingSections, int Drafts, int Returned, int Entries);

/// <summary>
/// Who a deadline is for and who has met it, for the reminder job, the admin's deadline page and the bot's
/// Deadlines screen alike.
/// </summary>
public sealed class DeadlineProgress(PortfolioDbContext db, SchoolCalendar calendar)
{
    /// <summary>Active teachers the deadline applies to (chosen teachers, the whole school, or attestation due this school year).</summary>
    public async Task<IReadOnlyList<int>> AudienceAsync(Deadline deadline, CancellationToken ct = default)
    {
        var teachers = db.Teachers.Where(t => t.SchoolId == deadline.SchoolId && t.IsActive);
        switch (deadline.Audience)
        {
            case DeadlineAudience.ChosenTeachers:
                var chosen = deadline.Teachers.Select(t => t.TeacherId).ToList();
                return await teachers.Where(t => chosen.Contains(t.Id)).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
            case DeadlineAudience.AttestationDueThisYear:
                var zone = await SchoolZoneAsync(deadline.SchoolId, ct);
                var year = calendar.CurrentYear(zone);
                var awarded = await teachers.Where(t => t.CategoryAwardedOn != null).Select(t => new { t.Id, t.CategoryAwardedOn }).ToListAsync(ct);
                return [.. awarded.Where(t => year.Contains(t.CategoryAwardedOn!.Value.AddYears(Teachers.Teacher.AttestationPeriodYears)))
                    .Select(t => t.Id).Order()];
            default:
                return await teachers.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        }
    }

    /// <summary>The status of every teacher in the deadline's audience.</summary>
    public async Task<IReadOnlyList<DeadlineStatus>> ForDeadlineAsync(Deadline deadline, CancellationToken ct = default)
    {
        var audience = await AudienceAsync(deadline, ct);
        var current = (await db.CurrentEntries.Where(e => audience.Contains(e.TeacherId))
            .Select(e => new { e.TeacherId, e.Status }).ToListAsync(ct)).ToLookup(e => e.TeacherId, e => e.Status);
        var final = (await db.FinalEntries.Where(e => audience.Contains(e.TeacherId))
            .Select(e => new { e.TeacherId, e.KindCode }).ToListAsync(ct)).ToLookup(e => e.TeacherId, e => e.KindCode);
        return [.. audience.Select(id => Evaluate(deadline.Requirement, id, current[id], final[id]))];
    }

    /// <summary>The active deadlines that apply to a teacher, soonest first, with where they stand.</summary>
    public async Task<IReadOnlyList<(Deadline Deadline, DeadlineStatus Status)>> ForTeacherAsync(int teacherId, CancellationToken ct = default)
    {
        var schoolId = await db.Teachers.Where(t => t.Id == teacherId).Select(t => (int?)t.SchoolId).FirstOrDefaultAsync(ct);
        if (schoolId is null) return [];
        var deadlines = await db.Deadlines.Include(d => d.Teachers)
            .Where(d => d.SchoolId == schoolId && d.ArchivedAt == null).OrderBy(d => d.DueOn).ThenBy(d => d.Id).ToListAsync(ct);
        var current = await db.CurrentEntries.Where(e => e.TeacherId == teacherId).Select(e => e.Status).ToListAsync(ct);
        var final = await db.FinalEntries.Where(e => e.TeacherId == teacherId).Select(e => e.KindCode).ToListAsync(ct);
        var result = new List<(Deadline, DeadlineStatus)>();
        foreach (var deadline in deadlines)
        {
            if (!(await AudienceAsync(deadline, ct)).Contains(teacherId)) continue;
            result.Add((deadline, Evaluate(deadline.Requirement, teacherId, current, final)));
        }
        return result;
    }

    /// <summary>
    /// The requirement applied to one teacher: counts come from the current versions (<paramref name="current"/>),
    /// sections are covered by final entries (<see cref="PortfolioDbContext.FinalEntries"/>), so starting a new version
    /// of a confirmed entry does not uncover its section while the new version is being edited or reviewed.
    /// </summary>
    public static DeadlineStatus Evaluate(DeadlineRequirement requirement, int teacherId, IEnumerable<EntryStatus> current, IEnumerable<string> finalKindCodes)
    {
        var list = current.ToList();
        var drafts = list.Count(s => s == EntryStatus.Draft);
        var returned = list.Count(s => s == EntryStatus.Returned);
        var covered = finalKindCodes.Select(code => PortfolioCatalogue.Find(code)?.Section).ToHashSet();
        var missing = PortfolioCatalogue.Sections.Select(s => s.Number).Where(n => !covered.Contains(n)).ToList();
        var met = requirement switch
        {
            DeadlineRequirement.ConfirmedEntryInEverySection => missing.Count == 0,
            DeadlineRequirement.AllEntriesSubmitted => list.Count > 0 && drafts == 0 && returned == 0,
            _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, null),
        };
        return new(teacherId, met, requirement == DeadlineRequirement.ConfirmedEntryInEverySection ? missing : [], drafts, returned, list.Count);
    }

    private async Task<string> SchoolZoneAsync(int schoolId, CancellationToken ct) =>
        await db.Schools.Where(s => s.Id == schoolId).Select(s => s.TimeZoneId).FirstOrDefaultAsync(ct) ?? SchoolCalendar.DefaultTimeZoneId;
}
