using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;

namespace PortfolioBot.Admin.Pages.Account;

public sealed class ChangePasswordModel(SignInManager<IdentityUser> signIn, StaffScope staff, Identity.StaffAccounts accounts, PortfolioBot.Core.Data.PortfolioDbContext db,
    TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Signed in with a password an administrator chose: it must be replaced first.</summary>
    public bool MustChange => User.HasClaim(c => c.Type == Identity.StaffAccounts.TemporaryPasswordClaim);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return Challenge();
        var changed = await signIn.UserManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!changed.Succeeded)
        {
            Errors = changed.Errors.Select(e => e.Description).ToList();
            return Page();
        }
        await accounts.ClearTemporaryAsync(user);
        foreach (var schoolId in staff.SchoolIds)
            db.Audit(staff.Actor, nameof(Core.Staff.StaffMember), staff.Member.Id, "password-changed", time.GetUtcNow().UtcDateTime, schoolId: schoolId);
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = l["ChangePassword.Done"].Value;
        return RedirectToPage("/Index");
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.CurrentPassword")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
