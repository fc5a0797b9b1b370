using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests.Teachers;

public sealed class TeacherImportPageTests : AdminTest
{
    private int _schoolId;

    public override async Task InitializeAsync()
    {
        _schoolId = (await Seed.SchoolAsync()).Id;
        await Seed.StaffAsync("director@school.kz", StaffRole.Administrator, _schoolId);
    }

    [Fact]
    public async Task GoodFileImportsEveryTeacherAndShowsThemInTheList()
    {
        using var client = await App.SignedInClientAsync("director@school.kz");
        var csv = "\uFEFFFullName;Email;Subjects;Category;CategoryAwardedOn\nӘсел Серікова;asel@school.kz;Қазақ тілі;педагог-модератор;01.09.2022\nИван Сидоров;;Физика;;\n";

        using var response = await Upload.PostFileAsync(client, "/Admin/Teachers/Import", "#import-form", "Upload", "teachers.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Импортировано педагогов: 2.", list.QuerySelector("[role=status]")!.TextContent);
        var names = list.QuerySelectorAll("#teachers tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Иван Сидоров", "Әсел Серікова"], names);
    }

    [Fact]
    public async Task BadFileImportsNothingAndListsEveryProblemByLine()
    {
        using var client = await App.SignedInClientAsync("director@school.kz");
        var csv = "FullName,Email,BirthYear\nХороший Учитель,ok@school.kz,1980\nПлохая Почта,not-an-email,1980\n,x@school.kz,3000\n";

        using var response = await Upload.PostFileAsync(client, "/Admin/Teachers/Import", "#import-form", "Upload", "teachers.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ничего не импортировано", page.QuerySelector("#import-failed")!.TextContent);
        var rows = page.QuerySelectorAll("#import-problems tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["3", "Email", "Неверный адрес электронной почты."], rows[0]);
        Assert.Equal([("4", "FullName"), ("4", "BirthYear")], rows.Skip(1).Select(r => (r[0], r[1])));
        await using var db = App.NewDb();
        Assert.Equal(0, await db.Teachers.CountAsync());
    }
}
