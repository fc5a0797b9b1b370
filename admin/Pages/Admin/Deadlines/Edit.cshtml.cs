using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Admin.Pages.Admin.Deadlines;

/// <summary>Creates or changes a deadline: title, due date, audience (with chosen teachers) and requirement.</summary>
public sealed class EditModel(StaffScope staff, PortfolioDbContext db, SchoolCalendar calendar, IStringLocalizer<TeachersResource> t) : PageModel
{
    [BindProperty]
    public DeadlineInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int SchoolId)> Teachers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (id is null)
        {
            Input.SchoolId = (Schools.Count > 0 ? Schools[0].Id : 0);
            Input.DueOn = calendar.Today().AddDays(30);
            return Page();
        }
        var deadline = await staff.Deadlines.Include(d => d.Teachers).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.ArchivedAt == null, ct);
        if (deadline is null) return NotFound();
        Id = deadline.Id;
        Input = new DeadlineInput
        {
            SchoolId = deadline.SchoolId, Title = deadline.Title, Description = deadline.Description, DueOn = deadline.DueOn,
            Audience = deadline.Audience, Requirement = deadline.Requirement, TeacherIds = deadline.Teachers.Select(x => x.TeacherId).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var deadline = id is null ? null : await staff.Deadlines.Include(d => d.Teachers).FirstOrDefaultAsync(d => d.Id == id && d.ArchivedAt == null, ct);
        if (id is not null && deadline is null) return NotFound();
        var schoolId = deadline?.SchoolId ?? Input.SchoolId;
        if (!staff.CanSee(schoolId)) return NotFound();
        Id = id;

        if (string.IsNullOrWhiteSpace(Input.Title)) ModelState.AddModelError("Input.Title", t["Validation.Required", t["Deadline.Title"]]);
        else if (Input.Title.Trim().Length > 200) ModelState.AddModelError("Input.Title", t["Validation.TooLong", t["Deadline.Title"], 200]);
        if (Input.Description?.Length > 2000) ModelState.AddModelError("Input.Description", t["Validation.TooLong", t["Deadline.Description"], 2000]);
        if (Input.DueOn is null) ModelState.AddModelError("Input.DueOn", t["Validation.Required", t["Deadline.DueOn"]]);
        else if (deadline is null && Input.DueOn < calendar.Today()) ModelState.AddModelError("Input.DueOn", t["Deadlines.DueInPast"]);
        if (!Enum.IsDefined(Input.Audience)) ModelState.AddModelError("Input.Audience", t["Validation.Required", t["Deadline.Audience"]]);
        if (!Enum.IsDefined(Input.Requirement)) ModelState.AddModelError("Input.Requirement", t["Validation.Required", t["Deadline.Requirement"]]);
        // Only teachers of the deadline's school can be chosen; anything else in the form is ignored.
        var chosen = Teachers.Where(x => x.SchoolId == schoolId && Input.TeacherIds.Contains(x.Id)).Select(x => x.Id).ToList();
        if (Input.Audience == DeadlineAudience.ChosenTeachers && chosen.Count == 0) ModelState.AddModelError("Input.TeacherIds", t["Deadlines.ChooseTeachers"]);
        if (!ModelState.IsValid) return Page();

        var now = calendar.UtcNow;
        if (deadline is null)
        {
            deadline = new Deadline(schoolId, Input.Title!, Input.DueOn!.Value, Input.Audience, Input.Requirement, staff.Member.Id, now);
            db.Deadlines.Add(deadline);
        }
        else
        {
            deadline.Change(Input.Title!, Input.DueOn!.Value, Input.Audience, Input.Requirement);
        }
        deadline.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        deadline.ChooseTeachers(Input.Audience == DeadlineAudience.ChosenTeachers ? chosen : []);
        await db.SaveChangesAsync(ct);
        db.Audit(staff.Actor, nameof(Deadline), deadline.Id, id is null ? "created" : "edited", now, deadline.Title, schoolId);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Deadlines.Saved", deadline.Title].Value;
        return RedirectToPage("/Admin/Deadlines/Index");
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Schools = (await staff.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        Teachers = (await staff.Teachers.Where(x => x.IsActive).OrderBy(x => x.FullName).Select(x => new { x.Id, x.FullName, x.SchoolId }).ToListAsync(ct))
            .Select(x => (x.Id, x.FullName, x.SchoolId)).ToList();
    }

    public sealed class DeadlineInput
    {
        public int SchoolId { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public DateOnly? DueOn { get; set; }
        public DeadlineAudience Audience { get; set; } = DeadlineAudience.WholeSchool;
        public DeadlineRequirement Requirement { get; set; } = DeadlineRequirement.ConfirmedEntryInEverySection;
        public List<int> TeacherIds { get; set; } = [];
    }
}
