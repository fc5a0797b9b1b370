using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortfolioBot.Bot.Tests.Harness;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Bot.Tests;

/// <summary>A reviewer or administrator links Telegram with a staff invite to receive the morning digest.</summary>
public sealed class StaffJoiningTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StaffInviteLinksTheStaffMemberAndPromisesTheDigest()
    {
        var staff = await AddStaffAsync("Гүлнар Ахметова");
        var chat = TelegramChat.Open(_host, "ru");

        var replies = await chat.SayAsync("/start " + await InviteAsync(staff.Id));

        Assert.Contains("Добро пожаловать, Гүлнар Ахметова!", TelegramChat.Texts(replies));
        Assert.Contains("утренний дайджест записей, ожидающих проверки", TelegramChat.Texts(replies));
        Assert.DoesNotContain(replies, m => m.Buttons.Any());
        await using var db = _host.NewDb();
        var account = await db.ChatAccounts.SingleAsync();
        Assert.Equal(staff.Id, account.StaffMemberId);
        Assert.Null(account.TeacherId);
    }

    [Fact]
    public async Task StaffInviteGreetsInKazakh()
    {
        var staff = await AddStaffAsync("Гүлнар Ахметова");

        var replies = await TelegramChat.Open(_host, "kk").SayAsync("/start " + await InviteAsync(staff.Id));

        Assert.Contains("таңғы дайджесін осы жерден аласыз", TelegramChat.Texts(replies));
    }

    [Fact]
    public async Task LinkedStaffMemberWritingTextIsToldTheMenuIsForTeachers()
    {
        var staff = await AddStaffAsync("Гүлнар Ахметова");
        var chat = TelegramChat.Open(_host, "en");
        await chat.SayAsync("/start " + await InviteAsync(staff.Id));

        var replies = await chat.SayAsync("hello");

        var text = TelegramChat.Texts(replies);
        Assert.Contains("Гүлнар Ахметова, your Telegram is linked as a member of the school administration", text);
        Assert.Contains("The portfolio menu is for teachers", text);
        Assert.DoesNotContain(replies, m => m.Buttons.Any());
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task LinkedStaffMemberTryingTeacherCommandsGetsTheSameAnswer()
    {
        var staff = await AddStaffAsync("Гүлнар Ахметова");
        var chat = TelegramChat.Open(_host, "ru");
        await chat.SayAsync("/start " + await InviteAsync(staff.Id));

        var add = TelegramChat.Texts(await chat.SayAsync("/add"));
        var start = TelegramChat.Texts(await chat.SayAsync("/start"));

        Assert.Contains("Меню портфолио предназначено для педагогов", add);
        Assert.Contains("Меню портфолио предназначено для педагогов", start);
    }

    private async Task<StaffMember> AddStaffAsync(string name)
    {
        await using var db = _host.NewDb();
        var staff = new StaffMember(name, StaffRole.Reviewer, _host.UtcNow);
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    private async Task<string> InviteAsync(int staffId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueForStaffAsync(staffId, Actor.System);
    }
}
