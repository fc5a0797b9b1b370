using Microsoft.Playwright;
using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests.Browser;

public sealed class FirstRunBrowserTests(BrowserFixture browser) : AdminTest(kestrel: true), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SetupLinkThenSignInShowsTheDashboard()
    {
        var address = App.StartKestrel();
        var page = await browser.NewPageAsync(address);

        await page.GotoAsync($"/setup?token={App.SetupToken}");
        await page.FillAsync("#Input_SchoolName", "Школа-гимназия №1");
        await page.FillAsync("#Input_Name", "Айгүл Серікқызы");
        await page.FillAsync("#Input_Email", "director@school.kz");
        await page.FillAsync("#Input_Password", Seed.Password);
        await page.FillAsync("#Input_ConfirmPassword", Seed.Password);
        await BrowserFixture.ScreenshotAsync(page, "setup");
        await page.ClickAsync("#setup-form button[type=submit]");

        await page.WaitForURLAsync("**/Account/Login");
        await page.FillAsync("#Input_Email", "director@school.kz");
        await page.FillAsync("#Input_Password", Seed.Password);
        await page.ClickAsync("#login-form button[type=submit]");

        await Assertions.Expect(page.Locator("#user-menu")).ToContainTextAsync("Айгүл Серікқызы");
        await Assertions.Expect(page.Locator("#waiting-count")).ToHaveTextAsync("0");
        await BrowserFixture.ScreenshotAsync(page, "dashboard-empty");
    }
}
