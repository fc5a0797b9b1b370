using System.Net;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Tests.Teachers;

public sealed class TeacherEditPageTests : AdminTest
{
    private int _schoolId;

    public override async Task InitializeAsync()
    {
        _schoolId = (await Seed.SchoolAsync()).Id;
        await Seed.StaffAsync("director@school.kz", StaffRole.Administrator, _schoolId);
    }

    [Fact]
    public async Task AddedTeacherIsStoredWithTheProfileOfSectionOne()
    {
        using var client = await App.SignedInClientAsync("director@school.kz");

        using var response = await client.SubmitAsync("/Admin/Teachers/Edit", "#teacher-form", new Dictionary<string, string>
        {
            ["Input.FullName"] = "  Әсел   Серікова ",
            ["Input.Email"] = "asel@school.kz",
            ["Input.Category"] = nameof(QualificationCategory.Expert),
            ["Input.CategoryAwardedOn"] = "2021-05-20",
            ["Input.PedagogicalExperienceSince"] = "2008-09-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.NewDb();
        var teacher = await db.Teachers.SingleAsync();
        Assert.Equal(("Әсел Серікова", QualificationCategory.Expert, new DateOnly(2026, 5, 20)), (teacher.FullName, teacher.Category!.Value, teacher.NextAttestationDue!.Value));
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "created" && a.EntityId == teacher.Id));
    }

    [Fact]
    public async Task SameNameInTheSchoolIsRefused()
    {
        await Seed.TeacherAsync(_schoolId, "Әсел Серікова");
        using var client = await App.SignedInClientAsync("director@school.kz");

        using var response = await client.SubmitAsync("/Admin/Teachers/Edit", "#teacher-form", new Dictionary<string, string> { ["Input.FullName"] = "ӘСЕЛ СЕРІКОВА" });

        var page = await AdminClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("уже есть в этой школе", page.QuerySelector("[data-valmsg-for='Input.FullName']")!.TextContent);
        await using var db = App.NewDb();
        Assert.Equal(1, await db.Teachers.CountAsync());
    }

    [Fact]
    public async Task DeactivatedTeacherLeavesTheListButIsKept()
    {
        var teacher = await Seed.TeacherAsync(_schoolId, "Иван Сидоров");
        using var client = await App.SignedInClientAsync("director@school.kz");

        using var response = await client.SubmitAsync($"/Admin/Teachers/Edit/{teacher.Id}", "#active-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/Teachers")).QuerySelector("#no-teachers"));
        Assert.Contains("Иван Сидоров", (await client.GetDocumentAsync("/Teachers?inactive=true")).QuerySelector("#teachers")!.TextContent);
    }
}

public sealed class TeacherPagesLanguageTests : AdminTest
{
    [Theory]
    [InlineData("kk", "Педагогтар", "CSV-ден импорт")]
    [InlineData("en", "Teachers", "Import from CSV")]
    [InlineData("ru", "Педагоги", "Импорт из CSV")]
    public async Task TeachersPageSpeaksTheChosenLanguage(string culture, string heading, string import)
    {
        var school = await Seed.SchoolAsync();
        await Seed.StaffAsync("director@school.kz", StaffRole.Administrator, school.Id);
        using var client = await App.SignedInClientAsync("director@school.kz");

        var page = await client.GetDocumentAsync($"/Teachers?culture={culture}&ui-culture={culture}");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(import, page.QuerySelector("#import-teachers")!.TextContent.Trim());
    }
}
