using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Search;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages.Teachers;

/// <summary>The teachers of the caller's schools, searchable by name in Kazakh and Russian letters.</summary>
public sealed class IndexModel(StaffScope staff, PortfolioDbContext db) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Inactive { get; set; }

    public IReadOnlyList<Row> Teachers { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];
    public bool IsAdministrator => staff.IsAdministrator;

    public sealed record Row(int Id, string FullName, string School, string? Subjects, QualificationCategory? Category, bool IsActive, bool Linked, bool Unreachable);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (School is { } schoolId && !staff.CanSee(schoolId)) return NotFound();
        Schools = (await staff.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        var query = staff.Teachers;
        if (School is { } id) query = query.Where(t => t.SchoolId == id);
        if (!Inactive) query = query.Where(t => t.IsActive);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = SearchText.LikePattern(Q);
            query = query.Where(t => EF.Functions.Like(t.SearchKey, pattern, "\\"));
        }
        Teachers = await query.OrderBy(t => t.FullName).Take(PageSize)
            .Select(t => new Row(t.Id, t.FullName, db.Schools.Where(s => s.Id == t.SchoolId).Select(s => s.Name).First(), t.Subjects, t.Category, t.IsActive,
                db.ChatAccounts.Any(a => a.TeacherId == t.Id),
                db.ChatAccounts.Any(a => a.TeacherId == t.Id && a.UnreachableSince != null)))
            .ToListAsync(ct);
        return Page();
    }
}
