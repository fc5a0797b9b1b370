using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests.Teachers;

public sealed class InvitePageTests : IAsyncLifetime, IDisposable
{
    private readonly AdminAppFactory _app = new(settings: new Dictionary<string, string?> { ["Telegram:BotUsername"] = "PortfolioTestBot" });
    private int _teacherId;

    public async Task InitializeAsync()
    {
        var school = await _app.Seed.SchoolAsync();
        await _app.Seed.StaffAsync("deputy@school.kz", StaffRole.Reviewer, school.Id);
        _teacherId = (await _app.Seed.TeacherAsync(school.Id)).Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task IssuedInviteShowsDeepLinkQrAndCodeWhoseHashIsStored()
    {
        using var client = await _app.SignedInClientAsync("deputy@school.kz");

        using var response = await client.SubmitAsync($"/Teachers/Invite/{_teacherId}", "#issue-form");

        var page = await AdminClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var code = page.QuerySelector("#invite-code")!.TextContent.Trim();
        Assert.Equal($"https://t.me/PortfolioTestBot?start={code}", page.QuerySelector("#invite-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#invite-qr svg path"));
        await using var db = _app.NewDb();
        var stored = await db.Invitations.SingleAsync(i => i.TeacherId == _teacherId);
        Assert.Equal(Invitation.Hash(code), stored.CodeHash);
    }

    [Fact]
    public async Task ReissuingRevokesThePreviousInvite()
    {
        using var client = await _app.SignedInClientAsync("deputy@school.kz");

        (await client.SubmitAsync($"/Teachers/Invite/{_teacherId}", "#issue-form")).Dispose();
        (await client.SubmitAsync($"/Teachers/Invite/{_teacherId}", "#issue-form")).Dispose();

        await using var db = _app.NewDb();
        var invitations = await db.Invitations.Where(i => i.TeacherId == _teacherId).OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([true, false], invitations.Select(i => i.RevokedAt is not null));
    }
}

public sealed class InviteWithoutBotTests : AdminTest
{
    [Fact]
    public async Task WithoutBotUsernameTheCodeIsShownAndTheBotIsSaidNotConfigured()
    {
        var school = await Seed.SchoolAsync();
        await Seed.StaffAsync("deputy@school.kz", StaffRole.Reviewer, school.Id);
        var teacher = await Seed.TeacherAsync(school.Id);
        using var client = await App.SignedInClientAsync("deputy@school.kz");

        using var response = await client.SubmitAsync($"/Teachers/Invite/{teacher.Id}", "#issue-form");

        var page = await AdminClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("#invite-link"));
        Assert.Null(page.QuerySelector("#invite-qr"));
        Assert.Equal(Invitation.CodeLength, page.QuerySelector("#invite-code")!.TextContent.Trim().Length);
        Assert.Contains("Бот не настроен", page.QuerySelector("#bot-not-configured")!.TextContent);
    }
}
