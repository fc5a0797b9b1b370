using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests.Delivery;

public sealed class StaffTelegramPageTests() : AdminTest(settings: new Dictionary<string, string?> { ["Telegram:BotUsername"] = "PortfolioTestBot" })
{
    [Fact]
    public async Task ReviewerGetsAWorkingStaffCodeAndThenSeesTelegramLinked()
    {
        var school = await Seed.SchoolAsync();
        var reviewer = await Seed.StaffAsync("deputy@school.kz", StaffRole.Reviewer, school.Id);
        using var client = await App.SignedInClientAsync("deputy@school.kz");
        Assert.NotNull((await client.GetDocumentAsync("/Account/Telegram")).QuerySelector("#telegram-not-linked"));

        using var response = await client.SubmitAsync("/Account/Telegram", "#issue-form");

        var page = await AdminClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var code = page.QuerySelector("#invite-code")!.TextContent.Trim();
        Assert.Equal($"https://t.me/PortfolioTestBot?start={code}", page.QuerySelector("#invite-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#invite-qr svg path"));
        await using (var scope = App.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<InvitationService>().RedeemAsync(code, "telegram", "5001", "5001", "ru");
            Assert.Equal(InvitationOutcome.Linked, result.Outcome);
            Assert.Equal(reviewer.Id, result.Staff!.Id);
        }
        var after = await client.GetDocumentAsync("/Account/Telegram");
        Assert.Contains("Telegram подключён", after.QuerySelector("#telegram-linked")!.TextContent);
    }

    [Fact]
    public async Task ReissuingRevokesTheStaffMembersPreviousCode()
    {
        var school = await Seed.SchoolAsync();
        var admin = await Seed.StaffAsync("director@school.kz", StaffRole.Administrator, school.Id);
        using var client = await App.SignedInClientAsync("director@school.kz");

        (await client.SubmitAsync("/Account/Telegram", "#issue-form")).Dispose();
        (await client.SubmitAsync("/Account/Telegram", "#issue-form")).Dispose();

        await using var db = App.NewDb();
        var invitations = await db.Invitations.Where(i => i.StaffMemberId == admin.Id).OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([true, false], invitations.Select(i => i.RevokedAt is not null));
    }
}
