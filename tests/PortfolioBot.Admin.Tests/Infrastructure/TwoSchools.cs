using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Tests.Infrastructure;

/// <summary>
/// The standard cast for access tests: school A with an administrator, a reviewer, a teacher and a submitted
/// entry with an image; school B with its own reviewer and teacher.
/// </summary>
public sealed record TwoSchools(School SchoolA, School SchoolB, StaffMember AdminA, StaffMember ReviewerA, StaffMember ReviewerB,
    Teacher TeacherA, Teacher TeacherB, Entry EntryA, int ImageFileA)
{
    public const string AdminEmail = "admin-a@school.kz";
    public const string ReviewerAEmail = "reviewer-a@school.kz";
    public const string ReviewerBEmail = "reviewer-b@school.kz";

    public static async Task<TwoSchools> SeedAsync(AdminAppFactory app)
    {
        var seed = app.Seed;
        var a = await seed.SchoolAsync("Школа-гимназия №1");
        var b = await seed.SchoolAsync("Мектеп-лицей №2");
        var admin = await seed.StaffAsync(AdminEmail, StaffRole.Administrator, a.Id);
        var reviewerA = await seed.StaffAsync(ReviewerAEmail, StaffRole.Reviewer, a.Id);
        var reviewerB = await seed.StaffAsync(ReviewerBEmail, StaffRole.Reviewer, b.Id);
        var teacherA = await seed.TeacherAsync(a.Id, "Әсел Нұрланқызы Серікова");
        var teacherB = await seed.TeacherAsync(b.Id, "Иван Петрович Сидоров");
        var entry = await seed.SubmittedEntryAsync(teacherA, "Открытый урок «Әдістемелік семинар»", files: [("грамота.png", TestFiles.Png())]);
        return new(a, b, admin, reviewerA, reviewerB, teacherA, teacherB, entry, entry.Evidence[0].Id);
    }
}
