using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Tests.Deadlines;

public sealed class DeadlinePagesTests : AdminTest
{
    private int _schoolId;
    private Teacher _ready = null!;
    private Teacher _behind = null!;

    public override async Task InitializeAsync()
    {
        _schoolId = (await Seed.SchoolAsync()).Id;
        await Seed.StaffAsync("director@school.kz", StaffRole.Administrator, _schoolId);
        _ready = await Seed.TeacherAsync(_schoolId, "Готовая Учительница");
        _behind = await Seed.TeacherAsync(_schoolId, "Отстающий Учитель");
    }

    [Fact]
    public async Task CreatedDeadlineIsListedWithHowManyTeachersMetIt()
    {
        await SubmitAllAsync(_ready);
        await AddDraftAsync(_behind);
        using var client = await App.SignedInClientAsync("director@school.kz");

        using var created = await client.SubmitAsync("/Admin/Deadlines/Edit", "#deadline-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Портфолио к аттестации",
            ["Input.DueOn"] = "2025-12-20",
            ["Input.Audience"] = nameof(DeadlineAudience.WholeSchool),
            ["Input.Requirement"] = nameof(DeadlineRequirement.AllEntriesSubmitted),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await client.GetDocumentAsync("/Admin/Deadlines");
        var row = list.QuerySelector("#deadlines tbody tr")!;
        Assert.Contains("Портфолио к аттестации", row.TextContent);
        Assert.Equal("1 из 2", row.QuerySelector(".deadline-met")!.TextContent.Trim());
    }

    [Fact]
    public async Task ChosenTeachersDeadlineKeepsOnlyTheChosenOnes()
    {
        using var client = await App.SignedInClientAsync("director@school.kz");

        using var created = await client.SubmitAsync("/Admin/Deadlines/Edit", "#deadline-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Только для одного",
            ["Input.DueOn"] = "2025-11-01",
            ["Input.Audience"] = nameof(DeadlineAudience.ChosenTeachers),
            ["Input.TeacherIds"] = _behind.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = App.NewDb();
        var deadline = await db.Deadlines.Include(d => d.Teachers).SingleAsync();
        Assert.Equal([_behind.Id], deadline.Teachers.Select(t => t.TeacherId));
    }

    [Fact]
    public async Task DeadlineWithoutTitleOrInThePastIsRefusedWithReasons()
    {
        using var client = await App.SignedInClientAsync("director@school.kz");

        using var response = await client.SubmitAsync("/Admin/Deadlines/Edit", "#deadline-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.DueOn"] = "2020-01-01",
        });

        var page = await AdminClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Заполните поле «Название».", page.QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent);
        Assert.Contains("Срок не может быть в прошлом.", page.QuerySelector("[data-valmsg-for='Input.DueOn']")!.TextContent);
        await using var db = App.NewDb();
        Assert.Equal(0, await db.Deadlines.CountAsync());
    }

    [Fact]
    public async Task ArchivedDeadlineLeavesTheActiveList()
    {
        await using (var db = App.NewDb())
        {
            db.Deadlines.Add(new Deadline(_schoolId, "Старый срок", new DateOnly(2025, 11, 1), DeadlineAudience.WholeSchool, DeadlineRequirement.AllEntriesSubmitted, null, App.UtcNow));
            await db.SaveChangesAsync();
        }
        using var client = await App.SignedInClientAsync("director@school.kz");

        var list = await client.GetDocumentAsync("/Admin/Deadlines");
        var form = list.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("#deadlines form")!;
        using var archived = await client.PostFormAsync(form, "/Admin/Deadlines");

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/Admin/Deadlines")).QuerySelector("#no-deadlines"));
        Assert.Contains("Старый срок", (await client.GetDocumentAsync("/Admin/Deadlines?archived=true")).QuerySelector("#deadlines")!.TextContent);
    }

    [Fact]
    public async Task DetailsShowWhatEachTeacherStillMisses()
    {
        await SubmitAllAsync(_ready);
        await AddDraftAsync(_behind);
        int id;
        await using (var db = App.NewDb())
        {
            var deadline = new Deadline(_schoolId, "Все записи отправлены", new DateOnly(2025, 12, 1), DeadlineAudience.WholeSchool, DeadlineRequirement.AllEntriesSubmitted, null, App.UtcNow);
            db.Deadlines.Add(deadline);
            await db.SaveChangesAsync();
            id = deadline.Id;
        }
        using var client = await App.SignedInClientAsync("director@school.kz");

        var page = await client.GetDocumentAsync($"/Admin/Deadlines/Details/{id}");

        var behind = page.QuerySelector($"#deadline-teachers tr[data-teacher-id='{_behind.Id}'] .deadline-missing")!.TextContent.Trim();
        var ready = page.QuerySelector($"#deadline-teachers tr[data-teacher-id='{_ready.Id}'] .deadline-missing")!.TextContent.Trim();
        Assert.Equal(("черновиков: 1, возвращено на доработку: 0", ""), (behind, ready));
    }

    private async Task SubmitAllAsync(Teacher teacher) => await Seed.SubmittedEntryAsync(teacher);

    private async Task AddDraftAsync(Teacher teacher)
    {
        await using var scope = App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortfolioDbContext>();
        var today = DateOnly.FromDateTime(App.UtcNow);
        db.Entries.Add(new Entry(teacher.Id, teacher.SchoolId, "s4.creative-works", new EntryDetails("Черновик", today), Actor.Teacher(teacher.Id, teacher.FullName), today, App.UtcNow));
        await db.SaveChangesAsync();
    }
}
