using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Search;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages.Admin.Teachers;

/// <summary>Adds a teacher to one of the caller's schools, edits the profile of section 1, deactivates or reactivates.</summary>
public sealed class EditModel(StaffScope staff, PortfolioDbContext db, SchoolCalendar calendar, IStringLocalizer<TeachersResource> t) : PageModel
{
    [BindProperty]
    public TeacherInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public bool IsActive { get; private set; } = true;
    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        await LoadSchoolsAsync(ct);
        if (id is null)
        {
            Input.SchoolId = (Schools.Count > 0 ? Schools[0].Id : 0);
            return Page();
        }
        var teacher = await staff.Teachers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (teacher is null) return NotFound();
        Id = teacher.Id;
        IsActive = teacher.IsActive;
        Input = TeacherInput.From(teacher);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        await LoadSchoolsAsync(ct);
        var teacher = id is null ? null : await staff.Teachers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (id is not null && teacher is null) return NotFound();
        var schoolId = teacher?.SchoolId ?? Input.SchoolId;
        if (!staff.CanSee(schoolId)) return NotFound();
        Id = id;
        IsActive = teacher?.IsActive ?? true;

        var timeZone = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.TimeZoneId).FirstAsync(ct);
        var today = calendar.Today(timeZone);
        Validate(today);
        var key = SearchText.Normalize(Input.FullName);
        if (ModelState.IsValid && await db.Teachers.AnyAsync(x => x.SchoolId == schoolId && x.SearchKey == key && x.Id != (id ?? 0), ct))
            ModelState.AddModelError("Input.FullName", t["Teachers.Duplicate"]);
        if (!ModelState.IsValid) return Page();

        var now = calendar.UtcNow;
        teacher ??= db.Teachers.Add(new Teacher(schoolId, Input.FullName!, now)).Entity;
        Input.ApplyTo(teacher, today);
        await db.SaveChangesAsync(ct);
        db.Audit(staff.Actor, nameof(Teacher), teacher.Id, id is null ? "created" : "edited", now, null, schoolId);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Teachers.Saved", teacher.FullName].Value;
        return RedirectToPage("/Teachers/Index");
    }

    public Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    public Task<IActionResult> OnPostReactivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var teacher = await staff.Teachers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (teacher is null) return NotFound();
        if (active) teacher.Reactivate(); else teacher.Deactivate();
        db.Audit(staff.Actor, nameof(Teacher), teacher.Id, active ? "reactivated" : "deactivated", calendar.UtcNow, null, teacher.SchoolId);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t[active ? "Teachers.Reactivated" : "Teachers.Deactivated", teacher.FullName].Value;
        return RedirectToPage("/Teachers/Index");
    }

    private void Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Input.FullName)) Error(nameof(Input.FullName), t["Validation.Required", t["Field.FullName"]]);
        else if (Input.FullName.Trim().Length > Teacher.MaxNameLength) Error(nameof(Input.FullName), t["Validation.TooLong", t["Field.FullName"], Teacher.MaxNameLength]);
        if (Input.Email is { Length: > 0 } email && (email.Length > 200 || !MailAddress.TryCreate(email.Trim(), out _))) Error(nameof(Input.Email), t["Validation.Email"]);
        if (Input.Phone?.Trim().Length > 50) Error(nameof(Input.Phone), t["Validation.TooLong", t["Field.Phone"], 50]);
        if (Input.Subjects?.Trim().Length > 300) Error(nameof(Input.Subjects), t["Validation.TooLong", t["Field.Subjects"], 300]);
        if (Input.BirthYear is { } year && (year < 1930 || year > today.Year - 16)) Error(nameof(Input.BirthYear), t["Validation.Year", 1930, today.Year - 16]);
        if (Input.Category is not null && Input.CategoryAwardedOn is null) Error(nameof(Input.CategoryAwardedOn), t["Validation.CategoryDate"]);
        foreach (var (name, date) in new[] { (nameof(Input.CategoryAwardedOn), Input.CategoryAwardedOn), (nameof(Input.TotalExperienceSince), Input.TotalExperienceSince),
            (nameof(Input.PedagogicalExperienceSince), Input.PedagogicalExperienceSince), (nameof(Input.SchoolExperienceSince), Input.SchoolExperienceSince) })
        {
            if (date is { } d && (d > today || d.Year < 1950)) Error(name, t["Validation.Date"]);
        }
    }

    private void Error(string field, string message) => ModelState.AddModelError($"Input.{field}", message);

    private async Task LoadSchoolsAsync(CancellationToken ct) =>
        Schools = (await staff.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
}
