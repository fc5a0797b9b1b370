using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Admin.Pages.Admin.Schools;

/// <summary>The administrator's schools; a new school is assigned to its creator.</summary>
public sealed class IndexModel(StaffScope staff, PortfolioDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.SchoolName")]
    public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var school = new School(Name!);
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);
        var me = await db.StaffMembers.Include(s => s.Schools).FirstAsync(s => s.Id == staff.Member.Id, ct);
        me.AssignSchools(me.SchoolIds.Append(school.Id).ToList());
        db.Audit(staff.Actor, nameof(School), school.Id, "school-created", time.GetUtcNow().UtcDateTime, school.Name, school.Id);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = l["Schools.Created", school.Name].Value;
        return RedirectToPage("/Admin/Schools/Edit", new { id = school.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await staff.Schools.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, db.Teachers.Count(t => t.SchoolId == s.Id && t.IsActive), db.StaffSchools.Count(x => x.SchoolId == s.Id)))
            .ToListAsync(ct);
    }

    public sealed record Row(int Id, string Name, int Teachers, int Staff);
}
