using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages.Admin.Teachers;

/// <summary>The teacher form: what an administrator may set (never the entity itself, so nothing else is bound).</summary>
public sealed class TeacherInput
{
    public int SchoolId { get; set; }
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Subjects { get; set; }
    public int? BirthYear { get; set; }
    public QualificationCategory? Category { get; set; }
    public DateOnly? CategoryAwardedOn { get; set; }
    public DateOnly? TotalExperienceSince { get; set; }
    public DateOnly? PedagogicalExperienceSince { get; set; }
    public DateOnly? SchoolExperienceSince { get; set; }

    public static TeacherInput From(Teacher t) => new()
    {
        SchoolId = t.SchoolId,
        FullName = t.FullName,
        Email = t.Email,
        Phone = t.Phone,
        Subjects = t.Subjects,
        BirthYear = t.BirthYear,
        Category = t.Category,
        CategoryAwardedOn = t.CategoryAwardedOn,
        TotalExperienceSince = t.TotalExperienceSince,
        PedagogicalExperienceSince = t.PedagogicalExperienceSince,
        SchoolExperienceSince = t.SchoolExperienceSince,
    };

    /// <summary>Copies the (already validated) form onto the teacher through its own guarded methods.</summary>
    public void ApplyTo(Teacher t, DateOnly today)
    {
        t.Rename(FullName!);
        t.Email = Clean(Email);
        t.Phone = Clean(Phone);
        t.Subjects = Clean(Subjects);
        t.SetBirthYear(BirthYear, today);
        t.SetCategory(Category, Category is null ? null : CategoryAwardedOn, today);
        t.SetExperienceStarts(TotalExperienceSince, PedagogicalExperienceSince, SchoolExperienceSince, today);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
