using Microsoft.Playwright;

namespace PortfolioBot.Admin.Tests.Infrastructure;

/// <summary>
/// One real headless Chromium (Debian's, at /usr/bin/chromium) for a test class. A missing browser fails the
/// tests with the command that installs it; it never skips.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots of key pages go: test artifacts next to the test binaries, not committed.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No browser at {ChromiumPath}: install Debian's chromium: apt-get install chromium");
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) in Russian, the product's default language.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string locale = "ru-RU")
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = baseAddress.ToString().TrimEnd('/'), Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.WaitForSelectorAsync("#user-menu");
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
