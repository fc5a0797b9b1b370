using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Deadlines;

namespace PortfolioBot.Admin.Pages.Admin.Deadlines;

/// <summary>One deadline, teacher by teacher: who has met it and what the others still miss.</summary>
public sealed class DetailsModel(StaffScope staff, DeadlineProgress progress) : PageModel
{
    public Deadline Deadline { get; private set; } = null!;
    public IReadOnlyList<(string Name, int TeacherId, DeadlineStatus Status)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var deadline = await staff.Deadlines.Include(d => d.Teachers).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (deadline is null) return NotFound();
        Deadline = deadline;
        var standings = await progress.ForDeadlineAsync(deadline, ct);
        var ids = standings.Select(s => s.TeacherId).ToList();
        var names = await staff.Teachers.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.FullName, ct);
        Rows = standings.Select(s => (names[s.TeacherId], s.TeacherId, s))
            .OrderBy(r => r.Item3.Met).ThenBy(r => r.Item1, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
