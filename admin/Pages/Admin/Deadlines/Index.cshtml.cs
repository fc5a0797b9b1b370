using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Admin.Pages.Admin.Deadlines;

/// <summary>The deadlines of the caller's schools, each with how many of its teachers have met it.</summary>
public sealed class IndexModel(StaffScope staff, PortfolioDbContext db, DeadlineProgress progress, SchoolCalendar calendar, IStringLocalizer<TeachersResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    public IReadOnlyList<Row> Deadlines { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public sealed record Row(Deadline Deadline, string School, int Audience, int Met);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = calendar.Today();
        var query = staff.Deadlines.Include(d => d.Teachers).AsNoTracking();
        query = Archived ? query.Where(d => d.ArchivedAt != null) : query.Where(d => d.ArchivedAt == null);
        var deadlines = await query.OrderBy(d => d.DueOn).ThenBy(d => d.Id).ToListAsync(ct);
        var schools = await staff.Schools.ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var rows = new List<Row>();
        foreach (var deadline in deadlines)
        {
            var standings = await progress.ForDeadlineAsync(deadline, ct);
            rows.Add(new Row(deadline, schools[deadline.SchoolId], standings.Count, standings.Count(s => s.Met)));
        }
        Deadlines = rows;
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken ct)
    {
        var deadline = await staff.Deadlines.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (deadline is null) return NotFound();
        var now = calendar.UtcNow;
        deadline.Archive(now);
        db.Audit(staff.Actor, nameof(Deadline), deadline.Id, "archived", now, deadline.Title, deadline.SchoolId);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Deadlines.ArchivedDone", deadline.Title].Value;
        return RedirectToPage();
    }
}
