using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Tests.Infrastructure;

/// <summary>Puts schools, staff with sign-in accounts, teachers and submitted entries into the app's database.</summary>
public sealed class Seed(AdminAppFactory app)
{
    public const string Password = "correct-horse-42";

    public async Task<School> SchoolAsync(string name = "Школа-гимназия №1")
    {
        await using var db = app.NewDb();
        var school = new School(name);
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }

    /// <summary>A staff member with an identity account (password <see cref="Password"/>), as the Staff page creates them.</summary>
    public async Task<StaffMember> StaffAsync(string email, StaffRole role, params int[] schoolIds)
    {
        await using var scope = app.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var name = email.Split('@')[0];
        var result = await accounts.CreateAsync(name, email, Password, role, schoolIds, Actor.System);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
        return result.Member!;
    }

    public async Task<Teacher> TeacherAsync(int schoolId, string fullName = "Әсел Нұрланқызы Серікова")
    {
        await using var db = app.NewDb();
        var teacher = new Teacher(schoolId, fullName, app.UtcNow);
        db.Teachers.Add(teacher);
        await db.SaveChangesAsync();
        return teacher;
    }

    /// <summary>An entry the teacher submitted for review, with the given files attached.</summary>
    public async Task<Entry> SubmittedEntryAsync(Teacher teacher, string title = "Открытый урок по физике", string kindCode = "s3.new-technologies",
        DateOnly? date = null, params (string Name, byte[] Bytes)[] files)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortfolioDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<EvidenceStore>();
        var today = DateOnly.FromDateTime(app.UtcNow);
        var actor = Actor.Teacher(teacher.Id, teacher.FullName);
        var entry = new Entry(teacher.Id, teacher.SchoolId, kindCode, new EntryDetails(title, date ?? today.AddDays(-3)), actor, today, app.UtcNow);
        foreach (var (name, bytes) in files)
        {
            using var content = new MemoryStream(bytes);
            entry.AttachEvidence(await store.SaveAsync(content), name, "test", actor, app.UtcNow);
        }
        entry.Submit(ConfirmationRule.NeedsConfirmation(entry.Kind, null, null), actor, app.UtcNow);
        db.Entries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }
}
