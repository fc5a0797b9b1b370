using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Setup;

namespace PortfolioBot.Admin.Pages;

/// <summary>First run: the one-time link from the log creates the first administrator. Without a valid token: 404.</summary>
public sealed class SetupModel(FirstRunSetup setup, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet() => setup.Accepts(Token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!setup.Accepts(Token)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await setup.CompleteAsync(Token!, Input.Name, Input.Email, Input.Password, Input.SchoolName, ct);
        if (result is null) return NotFound();
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }
        TempData["Message"] = l["Setup.Done"].Value;
        return RedirectToPage("/Account/Login");
    }

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.SchoolName")]
        public string SchoolName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.DisplayName")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer")]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
