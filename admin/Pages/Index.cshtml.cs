using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages;

/// <summary>The dashboard of the caller's schools: what waits, who is quiet, what is due.</summary>
public sealed class IndexModel(StaffScope staff, SchoolCalendar calendar) : PageModel
{
    /// <summary>A teacher with no new entry for this long shows as quiet.</summary>
    public const int QuietDays = 30;

    /// <summary>Deadlines this close show as upcoming.</summary>
    public const int UpcomingDays = 30;

    public int WaitingCount { get; private set; }
    public DateTime? OldestWaiting { get; private set; }
    public IReadOnlyList<QuietTeacher> Quiet { get; private set; } = [];
    public IReadOnlyList<DeadlineRow> Overdue { get; private set; } = [];
    public IReadOnlyList<DeadlineRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<Teacher> AttestationDue { get; private set; } = [];
    public SchoolYear Year { get; private set; }

    /// <summary>Administrators only (they can send again): notifications of their schools that did not arrive.</summary>
    public int? FailedNotifications { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = calendar.Today();
        Year = SchoolYear.Of(Today);

        var waiting = staff.Entries.Where(e => e.Status == EntryStatus.Submitted);
        WaitingCount = await waiting.CountAsync(ct);
        OldestWaiting = await waiting.MinAsync(e => e.SubmittedAt, ct);

        if (staff.IsAdministrator) FailedNotifications = await Delivery.DeliveryProblems.Of(staff).CountAsync(ct);

        var quietSince = calendar.UtcNow.AddDays(-QuietDays);
        var versions = staff.AllEntryVersions;
        Quiet = await staff.Teachers.AsNoTracking()
            .Where(t => t.IsActive && !versions.Any(e => e.TeacherId == t.Id && e.CreatedAt >= quietSince))
            .Select(t => new { t.Id, t.FullName, LastEntryAt = versions.Where(e => e.TeacherId == t.Id).Max(e => (DateTime?)e.CreatedAt) })
            .OrderBy(t => t.LastEntryAt).ThenBy(t => t.FullName)
            .Take(50)
            .Select(t => new QuietTeacher(t.Id, t.FullName, t.LastEntryAt))
            .ToListAsync(ct);

        var deadlines = staff.Deadlines.AsNoTracking().Where(d => d.ArchivedAt == null);
        var horizon = Today.AddDays(UpcomingDays);
        Overdue = await Rows(deadlines.Where(d => d.DueOn < Today).OrderByDescending(d => d.DueOn), ct);
        Upcoming = await Rows(deadlines.Where(d => d.DueOn >= Today && d.DueOn <= horizon).OrderBy(d => d.DueOn), ct);

        // Attestation is due five years after the category was awarded; list those falling in this school year.
        var awardedFrom = Year.Start.AddYears(-Teacher.AttestationPeriodYears);
        var awardedTo = Year.End.AddYears(-Teacher.AttestationPeriodYears);
        AttestationDue = await staff.Teachers.AsNoTracking()
            .Where(t => t.IsActive && t.CategoryAwardedOn >= awardedFrom && t.CategoryAwardedOn <= awardedTo)
            .OrderBy(t => t.CategoryAwardedOn).ThenBy(t => t.FullName)
            .ToListAsync(ct);
    }

    private Task<List<DeadlineRow>> Rows(IQueryable<Core.Deadlines.Deadline> deadlines, CancellationToken ct) =>
        deadlines.Join(staff.Schools, d => d.SchoolId, s => s.Id, (d, s) => new DeadlineRow(d.Id, d.Title, d.DueOn, s.Name)).Take(20).ToListAsync(ct);

    public sealed record QuietTeacher(int Id, string Name, DateTime? LastEntryAt);

    public sealed record DeadlineRow(int Id, string Title, DateOnly DueOn, string SchoolName);
}
