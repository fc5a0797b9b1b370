using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Review;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages.Review;

/// <summary>The review queue: filters, paging, search, and confirming a selection at once.</summary>
public sealed class IndexModel(StaffScope staff, PortfolioDbContext db, ReviewService reviews, IStringLocalizer<SharedResource> l) : PageModel
{
    public ReviewQuery Query { get; private set; } = new();
    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + ReviewQuery.PageSize - 1) / ReviewQuery.PageSize);
    /// <summary>
    /// The pager's links: the first and last page and two either side of this one; null marks a gap. A district
    /// queue has thousands of pages, and a link for each was most of the page's size and time (issue 6).
    /// </summary>
    public IReadOnlyList<int?> PagerPages
    {
        get
        {
            var pages = new List<int?>();
            foreach (var p in new[] { 1, PageCount }.Concat(Enumerable.Range(Query.Page - 2, 5)).Where(p => p >= 1 && p <= PageCount).Distinct().Order())
            {
                if (pages.Count > 0 && pages[^1] < p - 1) pages.Add(null);
                pages.Add(p);
            }
            return pages;
        }
    }

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Teachers { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] ReviewQuery query, CancellationToken ct)
    {
        Query = query;
        Query.Page = Math.Max(1, Query.Page);
        var entries = Query.Apply(staff, db);
        Rows = await entries
            .Skip((Query.Page - 1) * ReviewQuery.PageSize).Take(ReviewQuery.PageSize)
            .Select(e => new QueueRow(e.Id, e.Revision, e.Title, e.KindCode, e.Date, e.SubmittedAt, e.Status, e.IsStarred, e.Evidence.Count,
                db.Teachers.Where(t => t.Id == e.TeacherId).Select(t => t.FullName).First(),
                db.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.Name).First(),
                db.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.TimeZoneId).First()))
            .ToListAsync(ct);
        // A page that is not full ends the queue, so it gives the total without counting: a search's count costs as
        // much as its page (the same index matches are read again), and most searches fit on one page.
        var lastPage = Rows.Count < ReviewQuery.PageSize && (Rows.Count > 0 || Query.Page == 1);
        Total = lastPage ? (Query.Page - 1) * ReviewQuery.PageSize + Rows.Count : await entries.CountAsync(ct);
        Schools = (await staff.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        Teachers = (await TeacherChoices().OrderBy(t => t.FullName).Select(t => new { t.Id, t.FullName }).ToListAsync(ct)).Select(t => (t.Id, t.FullName)).ToList();
    }

    /// <summary>
    /// Whether the teacher filter lists teachers: with several schools in scope it waits for a school to be chosen.
    /// A district reviewer has thousands of teachers (10,000 made the page 1.2 MB and 86% of its time, issue 6),
    /// nearly all with something waiting; they find a teacher by name with the search box instead.
    /// </summary>
    public bool ListsTeachers => Query.School is not null || Schools.Count <= 1;

    /// <summary>The teacher filter's choices: the chosen school's teachers, else just the teacher already chosen.</summary>
    private IQueryable<Teacher> TeacherChoices()
    {
        var teachers = staff.Teachers;
        if (Query.School is { } school) return teachers.Where(t => t.SchoolId == school);
        return ListsTeachers ? teachers : teachers.Where(t => t.Id == Query.Teacher);
    }

    /// <summary>Each checkbox carries "id:revision", so an entry changed since the page was shown is not confirmed blindly.</summary>
    public async Task<IActionResult> OnPostConfirmSelectedAsync([FromQuery] ReviewQuery query, string[]? selected, CancellationToken ct)
    {
        var selection = (selected ?? []).Select(Parse).OfType<(int, int)>().ToList();
        if (selection.Count == 0)
        {
            TempData["Error"] = l["Queue.NothingSelected"].Value;
            return RedirectToPage(query.ToRouteValues());
        }
        var results = await reviews.ConfirmManyAsync(selection, ct);
        var done = results.Count(r => r.Outcome == ReviewOutcome.Done);
        var conflicts = results.Where(r => r.Outcome == ReviewOutcome.Conflict).ToList();
        TempData["Message"] = l["Queue.Confirmed", done].Value;
        if (conflicts.Count > 0)
        {
            TempData["Error"] = string.Join(" ", conflicts.Select(c => c.ReviewedBy is { } who
                ? l["Queue.SkippedReviewed", c.EntryId, who, Localization.Display.When(c.ReviewedAt)].Value
                : l["Queue.SkippedChanged", c.EntryId].Value));
        }
        return RedirectToPage(query.ToRouteValues());
    }

    private static (int, int)? Parse(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], out var id) && int.TryParse(parts[1], out var revision) ? (id, revision) : null;
    }

    public sealed record QueueRow(int Id, int Revision, string Title, string KindCode, DateOnly Date, DateTime? SubmittedAt, EntryStatus Status,
        bool IsStarred, int FileCount, string TeacherName, string SchoolName, string TimeZoneId);
}
