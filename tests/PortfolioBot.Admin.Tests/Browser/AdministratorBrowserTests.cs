using Microsoft.Playwright;
using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests.Browser;

public sealed class AdministratorBrowserTests(BrowserFixture browser) : AdminTest(kestrel: true), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AdministratorAddsAReviewerWithATemporaryPassword()
    {
        var cast = await TwoSchools.SeedAsync(App);
        var page = await browser.NewPageAsync(App.StartKestrel());
        await BrowserFixture.SignInAsync(page, TwoSchools.AdminEmail, Seed.Password);

        await page.GotoAsync("/Admin/Staff");
        await page.ClickAsync("#add-staff");
        await page.FillAsync("#Input_DisplayName", "Гүлнар Ахметова");
        await page.FillAsync("#Input_Email", "gulnar@school.kz");
        await page.FillAsync("#Input_TemporaryPassword", "temporary-pass-1");
        await page.CheckAsync($"#school-{cast.SchoolA.Id}");
        await BrowserFixture.ScreenshotAsync(page, "08-staff-create");
        await page.ClickAsync("#staff-create-form button[type=submit]");

        await Assertions.Expect(page.Locator("#staff-table")).ToContainTextAsync("gulnar@school.kz");
        await BrowserFixture.ScreenshotAsync(page, "09-staff");

        await page.GotoAsync($"/Admin/Schools/Edit/{cast.SchoolA.Id}");
        await BrowserFixture.ScreenshotAsync(page, "10-school-settings");
        await page.GotoAsync("/Audit");
        await Assertions.Expect(page.Locator("#audit-table")).ToContainTextAsync("Гүлнар Ахметова");
        await BrowserFixture.ScreenshotAsync(page, "11-audit");
    }
}
