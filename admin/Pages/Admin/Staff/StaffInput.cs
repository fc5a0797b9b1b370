using System.ComponentModel.DataAnnotations;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Pages.Admin.Staff;

/// <summary>What an administrator may set on a staff member; bound instead of the entity (no overposting).</summary>
public class StaffInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.DisplayName")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Staff.Role")]
    public StaffRole Role { get; set; } = StaffRole.Reviewer;

    [Display(Name = "Nav.Schools")]
    public List<int> SchoolIds { get; set; } = [];
}

public sealed class NewStaffInput : StaffInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Staff.TemporaryPassword")]
    public string TemporaryPassword { get; set; } = "";
}
