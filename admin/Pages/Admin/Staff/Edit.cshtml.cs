using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Pages.Admin.Staff;

/// <summary>Role, schools, activity and password reset of one staff member of the administrator's schools.</summary>
public sealed class EditModel(StaffScope staff, StaffAccounts accounts, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    [BindProperty]
    public bool IsActive { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    public StaffMember Member { get; private set; } = null!;
    public string Email { get; private set; } = "";
    public IReadOnlyList<School> Schools { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool IsSelf => Member.Id == staff.Member.Id;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new StaffInput { DisplayName = Member.DisplayName, Role = Member.Role, SchoolIds = Member.SchoolIds.Where(staff.CanSee).ToList() };
        IsActive = Member.IsActive;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // Schools outside this administrator's reach stay as they were; theirs are replaced by the selection.
        var schoolIds = Member.SchoolIds.Where(s => !staff.CanSee(s)).Concat(Input.SchoolIds.Where(staff.CanSee)).Distinct().ToList();
        var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        if (!schoolIds.Any(staff.CanSee)) errors.Add(l["Staff.NeedsSchool"]);
        if (IsSelf && (!IsActive || Input.Role != StaffRole.Administrator)) errors.Add(l["Staff.NotYourself"]);
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }
        var result = await accounts.UpdateAsync(Member, Input.DisplayName, Input.Role, schoolIds, IsActive, staff.Actor, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }
        TempData["Message"] = l["Staff.Saved", Member.DisplayName].Value;
        return RedirectToPage("/Admin/Staff/Index");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new StaffInput { DisplayName = Member.DisplayName, Role = Member.Role, SchoolIds = Member.SchoolIds.Where(staff.CanSee).ToList() };
        IsActive = Member.IsActive;
        if (string.IsNullOrEmpty(NewPassword))
        {
            Errors = [l["Validation.Required", l["Staff.TemporaryPassword"]]];
            return Page();
        }
        var result = await accounts.ResetPasswordAsync(Member, NewPassword, staff.Actor, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }
        TempData["Message"] = l["Staff.PasswordReset", Member.DisplayName].Value;
        return RedirectToPage("/Admin/Staff/Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var member = await staff.StaffMembers.Include(s => s.Schools).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (member is null) return false;
        Member = member;
        Email = (await accounts.UserOfAsync(member))?.Email ?? "";
        Schools = await staff.Schools.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        return true;
    }
}
