using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Admin.Pages.Admin.Schools;

/// <summary>Renames a school and sets which kinds of material need the administration's confirmation there.</summary>
public sealed class EditModel(StaffScope staff, PortfolioDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public School School { get; private set; } = null!;

    /// <summary>The effective flag per kind: the school's setting, or the catalogue default.</summary>
    public IReadOnlyDictionary<string, bool> Flags { get; private set; } = new Dictionary<string, bool>();

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.SchoolName")]
    public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Name = School.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var before = School.Name;
        School.Rename(Name!);
        db.Audit(staff.Actor, nameof(School), School.Id, "school-renamed", time.GetUtcNow().UtcDateTime, $"{before} → {School.Name}", School.Id);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = l["Schools.Saved"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Ticked kinds need confirmation. Only differences from the catalogue are stored as school settings.</summary>
    public async Task<IActionResult> OnPostFlagsAsync(int id, string[]? needsConfirmation, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var ticked = (needsConfirmation ?? []).ToHashSet(StringComparer.Ordinal);
        var settings = await db.KindSettings.Where(k => k.SchoolId == id).ToListAsync(ct);
        var changes = new List<string>();
        foreach (var kind in PortfolioCatalogue.Kinds)
        {
            var wanted = ticked.Contains(kind.Code);
            if (Flags[kind.Code] != wanted) changes.Add($"{kind.Code}: {(wanted ? "+" : "-")}");
            var setting = settings.FirstOrDefault(s => s.KindCode == kind.Code);
            if (wanted == kind.NeedsConfirmation)
            {
                if (setting is not null) db.KindSettings.Remove(setting);
            }
            else if (setting is null) db.KindSettings.Add(new KindSetting(id, kind.Code, wanted));
            else setting.NeedsConfirmation = wanted;
        }
        if (changes.Count > 0)
            db.Audit(staff.Actor, nameof(School), id, "catalogue-flags-changed", time.GetUtcNow().UtcDateTime, string.Join(", ", changes), id);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = l["Schools.Saved"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var school = await staff.Schools.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (school is null) return false;
        School = school;
        var settings = await db.KindSettings.AsNoTracking().Where(k => k.SchoolId == id).ToDictionaryAsync(k => k.KindCode, k => k.NeedsConfirmation, ct);
        Flags = PortfolioCatalogue.Kinds.ToDictionary(k => k.Code, k => settings.TryGetValue(k.Code, out var v) ? v : k.NeedsConfirmation);
        return true;
    }
}
