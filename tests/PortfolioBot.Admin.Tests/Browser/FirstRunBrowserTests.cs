using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Admin.Tests.Browser;

public sealed class FirstRunBrowserTests(BrowserFixture browser) : AdminTest(kestrel: true), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FromTheSetupLinkToAConfirmedEntry()
    {
        var page = await browser.NewPageAsync(App.StartKestrel());

        await page.GotoAsync($"/setup?token={App.SetupToken}");
        await page.FillAsync("#Input_SchoolName", "Школа-гимназия №1");
        await page.FillAsync("#Input_Name", "Айгүл Серікқызы");
        await page.FillAsync("#Input_Email", "director@school.kz");
        await page.FillAsync("#Input_Password", Seed.Password);
        await page.FillAsync("#Input_ConfirmPassword", Seed.Password);
        await BrowserFixture.ScreenshotAsync(page, "01-setup");
        await page.ClickAsync("#setup-form button[type=submit]");
        await page.WaitForURLAsync("**/Account/Login");

        int schoolId;
        await using (var db = App.NewDb()) schoolId = (await db.Schools.SingleAsync()).Id;
        var teacher = await Seed.TeacherAsync(schoolId);
        var entry = await Seed.SubmittedEntryAsync(teacher, "Республиканский конкурс «Үздік педагог»", files: [("диплом.png", TestFiles.Png())]);

        await BrowserFixture.SignInAsync(page, "director@school.kz", Seed.Password);
        await Assertions.Expect(page.Locator("#waiting-count")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "02-dashboard");

        await page.ClickAsync("#nav-review");
        await Assertions.Expect(page.Locator("tr.queue-row")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "03-queue");

        await page.ClickAsync("tr.queue-row a.entry-link");
        var preview = page.Locator(".evidence img.evidence-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        // Visible and actually decoded: the browser drew the PNG from /files/{id}.
        await Assertions.Expect(preview).ToHaveJSPropertyAsync("naturalWidth", 120);
        await BrowserFixture.ScreenshotAsync(page, "04-entry");

        await page.ClickAsync("#confirm");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Запись подтверждена");
        await using var after = App.NewDb();
        Assert.Equal(EntryStatus.Confirmed, (await after.Entries.SingleAsync(e => e.Id == entry.Id)).Status);
    }
}
