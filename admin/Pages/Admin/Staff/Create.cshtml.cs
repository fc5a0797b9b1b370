using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Admin.Pages.Admin.Staff;

/// <summary>Creates a reviewer or administrator with a temporary password the administrator hands over.</summary>
public sealed class CreateModel(StaffScope staff, StaffAccounts accounts, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public NewStaffInput Input { get; set; } = new();

    public IReadOnlyList<School> Schools { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Schools = await staff.Schools.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        if (Schools.Count == 1) Input.SchoolIds = [Schools[0].Id];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Schools = await staff.Schools.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        // Only the administrator's own schools can be given.
        var schoolIds = Input.SchoolIds.Where(staff.CanSee).Distinct().ToList();
        if (schoolIds.Count == 0) ModelState.AddModelError("Input.SchoolIds", l["Staff.NeedsSchool"]);
        if (!ModelState.IsValid)
        {
            Errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
            return Page();
        }
        var result = await accounts.CreateAsync(Input.DisplayName, Input.Email, Input.TemporaryPassword, Input.Role, schoolIds, staff.Actor, temporaryPassword: true, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }
        TempData["Message"] = l["Staff.Created", result.Member!.DisplayName].Value;
        return RedirectToPage("/Admin/Staff/Index");
    }
}
