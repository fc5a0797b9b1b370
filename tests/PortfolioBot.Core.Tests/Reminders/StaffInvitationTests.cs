using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace PortfolioBot.Core.Tests.Reminders;

public sealed class StaffInvitationTests
{
    [Fact]
    public async Task ReviewerRedeemingTheirInvitationLinksTelegramForDigests()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        int staffId;
        await using (var db = world.Fixture.NewDb())
        {
            var staff = new StaffMember("Гүлнар Әбенқызы", StaffRole.Reviewer, world.UtcNow);
            staff.AssignSchools([school.Id]);
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();
            staffId = staff.Id;
        }
        string code;
        await using (var scope = world.Fixture.CreateScope())
            code = await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueForStaffAsync(staffId, Actor.System);

        RedeemResult result;
        await using (var scope = world.Fixture.CreateScope())
            result = await scope.ServiceProvider.GetRequiredService<InvitationService>().RedeemAsync(code, "telegram", "4242", "4242", "kk");

        Assert.Equal((InvitationOutcome.Linked, staffId), (result.Outcome, result.Staff?.Id));
        Assert.Null(result.Teacher);
        await using var check = world.Fixture.NewDb();
        var account = await check.ChatAccounts.SingleAsync();
        Assert.Equal((staffId, (int?)null, "kk"), (account.StaffMemberId, account.TeacherId, account.Language));
    }
}
