using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

public sealed class TeacherImportTests : IAsyncLifetime
{
    private static readonly Actor Admin = Actor.Staff(1, "Администратор");
    private PortfolioFixture _fixture = null!;
    private int _schoolId;

    public async Task InitializeAsync()
    {
        _fixture = await PortfolioFixture.StartAsync();
        _schoolId = (await _fixture.AddSchoolAsync()).Id;
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task SemicolonFileWithBomImportsEveryTeacher()
    {
        const string csv = "FullName;Email;Phone;Subjects;BirthYear;Category;CategoryAwardedOn;PedagogicalExperienceSince\n"
            + "Әсел Нұрланқызы Серікова;asel@school.kz;+7 701 123 45 67;Қазақ тілі;1985;педагог-сарапшы;20.05.2021;01.09.2008\n"
            + "Иван Петрович Сидоров;;;Физика;;;;\n";

        var report = await ImportAsync(csv, bom: true);

        Assert.True(report.Succeeded, Describe(report));
        await using var db = _fixture.NewDb();
        var asel = await db.Teachers.SingleAsync(t => t.Email == "asel@school.kz");
        Assert.Equal(("Әсел Нұрланқызы Серікова", QualificationCategory.Expert, new DateOnly(2021, 5, 20), 1985, new DateOnly(2008, 9, 1)),
            (asel.FullName, asel.Category!.Value, asel.CategoryAwardedOn!.Value, asel.BirthYear!.Value, asel.PedagogicalExperienceSince!.Value));
        Assert.Equal(2, await db.Teachers.CountAsync(t => t.SchoolId == _schoolId));
        Assert.Equal(2, await db.AuditRecords.CountAsync(a => a.Action == "imported"));
    }

    [Fact]
    public async Task CommaFileWithoutBomAndQuotedFieldsIsAccepted()
    {
        const string csv = "fullname,subjects,category,categoryawardedon\n\"Сидорова, Анна\",\"Химия, биология\",Moderator,2023-01-15\n";

        var report = await ImportAsync(csv, bom: false);

        Assert.True(report.Succeeded, Describe(report));
        await using var db = _fixture.NewDb();
        var anna = await db.Teachers.SingleAsync();
        Assert.Equal(("Сидорова, Анна", "Химия, биология", QualificationCategory.Moderator), (anna.FullName, anna.Subjects, anna.Category!.Value));
    }

    [Fact]
    public async Task BadLinesAreReportedByLineAndColumnAndNothingIsImported()
    {
        const string csv = "FullName;Email;BirthYear;Category;CategoryAwardedOn\n"
            + "Хороший Учитель;ok@school.kz;1980;;\n"
            + "Плохая Почта;not-an-email;1980;;\n"
            + ";x@school.kz;1890;эксперт;\n"
            + "Будущая Дата;;;педагог;01.01.2030\n";

        var report = await ImportAsync(csv);

        Assert.False(report.Succeeded);
        var problems = report.Problems.Select(p => (p.Line, p.Column)).ToList();
        Assert.Equal([(3, "Email"), (4, "FullName"), (4, "BirthYear"), (4, "Category"), (5, "CategoryAwardedOn")], problems);
        Assert.Equal("Неверный адрес электронной почты.", report.Problems[0].Message.Get("ru"));
        await using var db = _fixture.NewDb();
        Assert.Equal(0, await db.Teachers.CountAsync());
    }

    [Fact]
    public async Task NameTheSchoolAlreadyHasIsReportedWhateverTheLetterCase()
    {
        await _fixture.AddTeacherAsync(_schoolId, "Әсел Нұрланқызы Серікова");

        var report = await ImportAsync("FullName\nНовый Учитель\nӘСЕЛ нұрланқызы СЕРІКОВА\n");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, "FullName", "A teacher with this name is already in the school."), (problem.Line, problem.Column, problem.Message.Get("en")));
        await using var db = _fixture.NewDb();
        Assert.Equal(1, await db.Teachers.CountAsync());
    }

    [Fact]
    public async Task NameRepeatedInTheFileIsReportedWithTheFirstLine()
    {
        var report = await ImportAsync("FullName\nАнна Ким\nБорис Ли\nанна  ким\n");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((4, "Этот педагог уже есть в файле в строке 2."), (problem.Line, problem.Message.Get("ru")));
    }

    [Fact]
    public async Task UnknownColumnAndMissingFullNameAreReportedOnTheHeaderLine()
    {
        var report = await ImportAsync("Name;Email\nАнна Ким;a@b.kz\n");

        Assert.Equal([(1, "Name"), (1, "FullName")], report.Problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public async Task FileNotInUtf8IsReportedWithHowToSaveIt()
    {
        byte[] windows1251Ivan = [0xC8, 0xE2, 0xE0, 0xED, 0x20, 0xCF, 0xE5, 0xF2, 0xF0, 0xEE, 0xE2];
        var bytes = Encoding.ASCII.GetBytes("FullName\n").Concat(windows1251Ivan).Concat("\n"u8.ToArray()).ToArray();

        var report = await ImportAsync(bytes);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "Текст не в кодировке UTF-8: сохраните файл как «CSV UTF-8»."), (problem.Line, problem.Message.Get("ru")));
    }

    [Fact]
    public async Task EmptyFileIsReported()
    {
        var report = await ImportAsync("FullName;Email\n");

        Assert.Equal("Файл пуст.", Assert.Single(report.Problems).Message.Get("ru"));
    }

    private Task<ImportReport> ImportAsync(string csv, bool bom = false) =>
        ImportAsync((bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray());

    private async Task<ImportReport> ImportAsync(byte[] bytes)
    {
        await using var scope = _fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TeacherImport>().ImportAsync(_schoolId, new MemoryStream(bytes), Admin);
    }

    private static string Describe(ImportReport report) =>
        string.Join("; ", report.Problems.Select(p => $"{p.Line}/{p.Column}: {p.Message.En}"));
}
