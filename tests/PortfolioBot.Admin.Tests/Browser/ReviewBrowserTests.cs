using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Admin.Tests.Browser;

public sealed class ReviewBrowserTests(BrowserFixture browser) : AdminTest(kestrel: true), IClassFixture<BrowserFixture>
{
    private TwoSchools _cast = null!;
    private IPage _page = null!;

    public override async Task InitializeAsync()
    {
        _cast = await TwoSchools.SeedAsync(App);
        _page = await browser.NewPageAsync(App.StartKestrel());
        await BrowserFixture.SignInAsync(_page, TwoSchools.ReviewerAEmail, Seed.Password);
    }

    private async Task<EntryStatus> StatusOf(int entryId)
    {
        await using var db = App.NewDb();
        return (await db.Entries.SingleAsync(e => e.Id == entryId)).Status;
    }

    [Fact]
    public async Task ReturnWithACommentFromTheKeyboard()
    {
        await _page.GotoAsync($"/Review/Entry/{_cast.EntryA.Id}");

        await _page.Keyboard.PressAsync("r");
        await Assertions.Expect(_page.Locator("#Comment")).ToBeFocusedAsync();
        await _page.Keyboard.TypeAsync("Нет подписи директора на грамоте");
        await BrowserFixture.ScreenshotAsync(_page, "05-return-comment");
        await _page.Keyboard.PressAsync("Control+Enter");

        await Assertions.Expect(_page.Locator("[role=status]")).ToContainTextAsync("возвращена");
        Assert.Equal(EntryStatus.Returned, await StatusOf(_cast.EntryA.Id));
        await using var db = App.NewDb();
        Assert.Equal("Нет подписи директора на грамоте", (await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id)).ReviewComment);
    }

    [Fact]
    public async Task ReturnWithoutACommentIsExplainedOnThePage()
    {
        await _page.GotoAsync($"/Review/Entry/{_cast.EntryA.Id}");

        await _page.ClickAsync("#return");

        await Assertions.Expect(_page.Locator("#comment-error")).ToBeVisibleAsync();
        Assert.Equal(EntryStatus.Submitted, await StatusOf(_cast.EntryA.Id));
    }

    [Fact]
    public async Task KeyboardConfirmMovesOnToTheNextEntry()
    {
        App.Time.Advance(TimeSpan.FromHours(1));
        var next = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Вторая запись");
        await _page.GotoAsync($"/Review/Entry/{_cast.EntryA.Id}");

        await _page.Keyboard.PressAsync("c");

        await _page.WaitForURLAsync($"**/Review/Entry/{next.Id}**");
        await Assertions.Expect(_page.Locator("h1")).ToContainTextAsync("Вторая запись");
        Assert.Equal(EntryStatus.Confirmed, await StatusOf(_cast.EntryA.Id));

        await _page.Keyboard.PressAsync("u");
        await _page.WaitForURLAsync("**/Review**");
        await Assertions.Expect(_page.Locator("tr.queue-row")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task BulkConfirmOfTheWholePage()
    {
        var second = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Мастер-класс");
        var third = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Публикация");
        await _page.GotoAsync("/Review");
        await Assertions.Expect(_page.Locator("tr.queue-row")).ToHaveCountAsync(3);

        await _page.CheckAsync("#select-all");
        await BrowserFixture.ScreenshotAsync(_page, "06-bulk-selected");
        await _page.ClickAsync("#bulk-confirm");

        await Assertions.Expect(_page.Locator("[role=status]")).ToContainTextAsync("3");
        await Assertions.Expect(_page.Locator("#queue-empty")).ToBeVisibleAsync();
        foreach (var id in new[] { _cast.EntryA.Id, second.Id, third.Id }) Assert.Equal(EntryStatus.Confirmed, await StatusOf(id));
        await using var db = App.NewDb();
        Assert.Equal(3, await db.AuditRecords.CountAsync(a => a.Action == "confirmed"));
    }

    [Fact]
    public async Task TheInterfaceSwitchesToKazakh()
    {
        await _page.GotoAsync("/Review");

        await _page.ClickAsync("button[name=culture][value=kk]");

        await Assertions.Expect(_page.Locator("h1")).ToContainTextAsync("Тексеру кезегі");
        await BrowserFixture.ScreenshotAsync(_page, "07-queue-kk");
    }
}
