using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Search;

namespace PortfolioBot.Core.Teachers;

/// <summary>What an import did: the problems found (then nothing was imported), or the teachers added.</summary>
public sealed record ImportReport(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<Teacher> Imported)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports a school's teachers from CSV (see <see cref="TeacherCsv"/>). All or nothing: when any line is bad,
/// or names a teacher the school already has, or repeats an earlier line, nothing is imported and the report
/// lists every problem by line and column so the file can be fixed in one go.
/// </summary>
public sealed class TeacherImport(PortfolioDbContext db, SchoolCalendar calendar)
{
    public async Task<ImportReport> ImportAsync(int schoolId, Stream content, Actor actor, CancellationToken ct = default)
    {
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == schoolId, ct);
        var today = calendar.Today(school.TimeZoneId);
        var (rows, problems) = await TeacherCsv.ReadAsync(content, today, ct);
        if (rows.Count == 0 && problems.Count == 0) problems.Add(new ImportProblem(1, null, TeacherImportTexts.Empty));

        var existing = (await db.Teachers.Where(t => t.SchoolId == schoolId).Select(t => t.SearchKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = SearchText.Normalize(row.FullName);
            if (existing.Contains(key)) problems.Add(new ImportProblem(row.Line, "FullName", TeacherImportTexts.DuplicateInSchool));
            else if (!firstLineOf.TryAdd(key, row.Line)) problems.Add(new ImportProblem(row.Line, "FullName", TeacherImportTexts.DuplicateInFile(firstLineOf[key])));
        }
        if (problems.Count > 0) return new ImportReport(problems.OrderBy(p => p.Line).ToList(), []);

        var now = calendar.UtcNow;
        var teachers = rows.Select(row => Create(schoolId, row, today, now)).ToList();
        db.Teachers.AddRange(teachers);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var teacher in teachers) db.Audit(actor, nameof(Teacher), teacher.Id, "imported", now, null, schoolId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportReport([], teachers);
    }

    private static Teacher Create(int schoolId, TeacherRow row, DateOnly today, DateTime now)
    {
        var teacher = new Teacher(schoolId, row.FullName, now) { Email = row.Email, Phone = row.Phone, Subjects = row.Subjects };
        teacher.SetBirthYear(row.BirthYear, today);
        teacher.SetExperienceStarts(row.TotalExperienceSince, row.PedagogicalExperienceSince, row.SchoolExperienceSince, today);
        teacher.SetCategory(row.Category, row.CategoryAwardedOn, today);
        return teacher;
    }
}
