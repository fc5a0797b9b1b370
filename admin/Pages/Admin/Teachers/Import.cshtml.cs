using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages.Admin.Teachers;

/// <summary>Imports a school's teachers from a CSV file: all or nothing, with every problem listed by line and column.</summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class ImportModel(StaffScope staff, TeacherImport import, IStringLocalizer<TeachersResource> t) : PageModel
{
    public const int MaxUploadBytes = 1024 * 1024;

    [BindProperty]
    public int SchoolId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];
    public ImportReport? Report { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadSchoolsAsync(ct);
        SchoolId = (Schools.Count > 0 ? Schools[0].Id : 0);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadSchoolsAsync(ct);
        if (!staff.CanSee(SchoolId)) return NotFound();
        if (Upload is null || Upload.Length == 0) { Error = t["Import.NoFile"]; return Page(); }
        if (Upload.Length > MaxUploadBytes) { Error = t["Import.TooLarge", MaxUploadBytes / 1024]; return Page(); }
        await using var content = Upload.OpenReadStream();
        Report = await import.ImportAsync(SchoolId, content, staff.Actor, ct);
        if (Report.Succeeded)
        {
            TempData["Message"] = t["Import.Done", Report.Imported.Count].Value;
            return RedirectToPage("/Teachers/Index", new { school = SchoolId });
        }
        return Page();
    }

    private async Task LoadSchoolsAsync(CancellationToken ct) =>
        Schools = (await staff.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
}
