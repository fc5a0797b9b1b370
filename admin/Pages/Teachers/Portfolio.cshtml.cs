using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Localization;
using PortfolioBot.Admin.Portfolio;
using PortfolioBot.Core.Analysis;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Export;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages.Teachers;

/// <summary>A teacher's portfolio: the profile (section 1), entries by section, the 3-year analysis, and export.</summary>
public sealed class PortfolioModel(StaffScope staff, PortfolioDbContext db, ThreeYearAnalysis analysis, PortfolioExporter exporter,
    SchoolCalendar calendar, IStringLocalizer<TeachersResource> t) : PageModel
{
    public Teacher Teacher { get; private set; } = null!;
    public string SchoolName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public IReadOnlyList<YearComparison> Analysis { get; private set; } = [];
    public string ChartSvg { get; private set; } = "";
    public string? ExportError { get; private set; }

    [BindProperty]
    public ExportPurpose Purpose { get; set; } = ExportPurpose.Whole;

    [BindProperty]
    public List<int> EntryIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Streams the ZIP for the chosen purpose, or for the ticked entries when hand-picked.</summary>
    public async Task<IActionResult> OnPostExportAsync(int id, CancellationToken ct)
    {
        if (!await staff.Teachers.AnyAsync(x => x.Id == id, ct)) return NotFound();
        if (!Enum.IsDefined(Purpose)) return BadRequest();
        if (Purpose == ExportPurpose.HandPicked && EntryIds.Count == 0)
        {
            await LoadAsync(id, ct);
            ExportError = t["Export.NothingPicked"];
            return Page();
        }
        ExportPlan plan;
        try
        {
            plan = await exporter.PlanAsync(new ExportRequest(id, Purpose, LocalizationSetup.CurrentLanguage, EntryIds), staff.Actor, ct);
        }
        catch (ExportRejectedException)
        {
            // A ticked id that is not this teacher's current entry: guessed or stale; reveal nothing.
            return NotFound();
        }
        return new ExportZipResult(exporter, plan);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var teacher = await staff.Teachers.AsNoTracking().Include(x => x.Education).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (teacher is null) return false;
        Teacher = teacher;
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == teacher.SchoolId, ct);
        SchoolName = school.Name;
        Today = calendar.Today(school.TimeZoneId);
        Entries = (await staff.Entries.AsNoTracking().Include(e => e.Evidence).Where(e => e.TeacherId == id).ToListAsync(ct))
            .OrderByDescending(e => e.IsStarred).ThenByDescending(e => e.Date).ThenBy(e => e.Id).ToList();
        Analysis = await analysis.ForTeacherAsync(id, ct);
        ChartSvg = AnalysisChart.Render(Analysis,
            [t["Analysis.Participations"], t["Analysis.PrizeWinners"], t["Analysis.Graduates"]], t["Analysis.Title"]);
        return true;
    }
}
