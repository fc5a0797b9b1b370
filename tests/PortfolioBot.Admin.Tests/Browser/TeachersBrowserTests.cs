using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Tests.Browser;

/// <summary>The teachers' pages in real headless Chromium: import from a CSV file, and download an export.</summary>
public sealed class TeachersBrowserTests(BrowserFixture browser)
    : AdminTest(kestrel: true, new Dictionary<string, string?> { ["Telegram:BotUsername"] = "PortfolioTestBot" }), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AdministratorImportsTeachersFromCsvAfterFixingTheReportedLine()
    {
        var school = await Seed.SchoolAsync();
        await Seed.StaffAsync("director@school.kz", StaffRole.Administrator, school.Id);
        var page = await SignInAsync("director@school.kz");

        await page.ClickAsync("#nav-teachers");
        await page.ClickAsync("#import-teachers");
        await page.SetInputFilesAsync("#Upload", Csv("FullName;Email;Category;CategoryAwardedOn\nӘсел Серікова;asel@school.kz;педагог-модератор;01.09.2022\nИван Сидоров;ivan(at)school.kz;;\n"));
        await page.ClickAsync("#import-form button[type=submit]");

        await Assertions.Expect(page.Locator("#import-problems tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#import-problems tbody tr td").First).ToHaveTextAsync("3");
        await BrowserFixture.ScreenshotAsync(page, "teachers-import-report");

        await page.SetInputFilesAsync("#Upload", Csv("FullName;Email;Category;CategoryAwardedOn\nӘсел Серікова;asel@school.kz;педагог-модератор;01.09.2022\nИван Сидоров;ivan@school.kz;;\n"));
        await page.ClickAsync("#import-form button[type=submit]");

        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Импортировано педагогов: 2.");
        await Assertions.Expect(page.Locator("#teachers tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#teachers")).ToContainTextAsync("педагог-модератор");
        await BrowserFixture.ScreenshotAsync(page, "teachers-imported");
    }

    [Fact]
    public async Task ReviewerDownloadsAnAttestationExportFromThePortfolioPage()
    {
        var school = await Seed.SchoolAsync();
        await Seed.StaffAsync("deputy@school.kz", StaffRole.Reviewer, school.Id);
        var teacher = await Seed.TeacherAsync(school.Id, "Әсел Серікова");
        await Seed.SubmittedEntryAsync(teacher, "Ашық сабақ", "s3.new-technologies", new DateOnly(2025, 9, 20), ("сабақ.pdf", TestFiles.Pdf("Lesson")));
        await Seed.SubmittedEntryAsync(teacher, "Давний семинар", "s3.new-technologies", new DateOnly(2019, 3, 1), ("old.pdf", TestFiles.Pdf("Old")));
        await AddPrizeWinnersAsync(teacher, new DateOnly(2024, 4, 10), 2);
        await AddPrizeWinnersAsync(teacher, new DateOnly(2025, 9, 25), 5);
        var page = await SignInAsync("deputy@school.kz");

        await page.ClickAsync("#nav-teachers");
        await page.ClickAsync("#teachers >> text=Әсел Серікова");
        await Assertions.Expect(page.Locator("#analysis-chart svg rect.bar")).ToHaveCountAsync(9);
        await BrowserFixture.ScreenshotAsync(page, "teacher-portfolio");
        await page.CheckAsync("#purpose-Attestation");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-submit"));

        var path = Path.Combine(App.DataDirectory, "download.zip");
        await download.SaveAsAsync(path);
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(path);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("index.html", names);
        Assert.Contains("3 Научно-методическая деятельность/2025-09-20 Ашық сабақ.pdf", names);
        Assert.DoesNotContain(names, n => n.Contains("Давний семинар", StringComparison.Ordinal));
        Assert.Contains("2 Результаты педагогической деятельности/", names);
    }

    [Fact]
    public async Task InviteSheetShowsTheQrCodeAndPrintsWithoutTheRestOfThePage()
    {
        var school = await Seed.SchoolAsync();
        await Seed.StaffAsync("deputy@school.kz", StaffRole.Reviewer, school.Id);
        var teacher = await Seed.TeacherAsync(school.Id, "Әсел Серікова");
        var page = await SignInAsync("deputy@school.kz");

        await page.GotoAsync($"/Teachers/Invite/{teacher.Id}");
        await page.ClickAsync("#issue-form button[type=submit]");

        await Assertions.Expect(page.Locator("#invite-qr svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#invite-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://t\\.me/PortfolioTestBot\\?start="));
        await Assertions.Expect(page.Locator("#invite-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9_-]{24}$"));
        await BrowserFixture.ScreenshotAsync(page, "invite-sheet");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("nav.navbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#issue-form")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#invite-sheet")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "invite-sheet-print");
    }

    private static FilePayload Csv(string text) => new()
    {
        Name = "teachers.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
    };

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync(App.StartKestrel());
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Seed.Password);
        await page.ClickAsync("#login-form button[type=submit]");
        await Assertions.Expect(page.Locator("#user-menu")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A prize-winners entry, recorded without confirmation as the catalogue allows, for the 3-year analysis.</summary>
    private async Task AddPrizeWinnersAsync(Teacher teacher, DateOnly date, int pupils)
    {
        await using var scope = App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortfolioDbContext>();
        var actor = Actor.Teacher(teacher.Id, teacher.FullName);
        var today = DateOnly.FromDateTime(App.UtcNow);
        var details = new EntryDetails($"Олимпиада {date.Year}", date) { Level = Level.Regional, Result = ResultKind.Winner, PupilCount = pupils };
        var entry = new Entry(teacher.Id, teacher.SchoolId, PortfolioCatalogue.PrizeWinners, details, actor, today, App.UtcNow);
        entry.Submit(false, actor, App.UtcNow);
        db.Entries.Add(entry);
        await db.SaveChangesAsync();
    }
}
