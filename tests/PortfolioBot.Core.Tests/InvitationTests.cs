using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

public class InvitationTests
{
    private static readonly Actor Admin = Actor.Staff(1, "Әкімші");

    private static async Task<string> IssueAsync(PortfolioFixture fixture, Teacher teacher)
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueForTeacherAsync(teacher.Id, Admin);
    }

    private static async Task<RedeemResult> RedeemAsync(PortfolioFixture fixture, string code, string userId = "5550001")
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<InvitationService>().RedeemAsync(code, "telegram", userId, userId, "kk");
    }

    [Fact]
    public async Task RedeemingLinksTheChatAccountToTheTeacher()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var code = await IssueAsync(fixture, teacher);

        var result = await RedeemAsync(fixture, code);

        Assert.Equal(InvitationOutcome.Linked, result.Outcome);
        await using var check = fixture.NewDb();
        var account = await check.ChatAccounts.SingleAsync();
        Assert.Equal(("telegram", "5550001", (int?)teacher.Id, "kk", (DateTime?)fixture.UtcNow), (account.Channel, account.ExternalUserId, account.TeacherId, account.Language, account.LinkedAt));
        var invitation = await check.Invitations.SingleAsync();
        Assert.Equal(("5550001", (DateTime?)fixture.UtcNow), (invitation.UsedByExternalUserId, invitation.UsedAt));
        Assert.Contains("linked-chat", await check.AuditRecords.Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task UsedCodeCannotBeUsedAgain()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var code = await IssueAsync(fixture, teacher);
        await RedeemAsync(fixture, code);

        var result = await RedeemAsync(fixture, code, userId: "5550002");

        Assert.Equal(InvitationOutcome.AlreadyUsed, result.Outcome);
        await using var check = fixture.NewDb();
        Assert.Null(await check.ChatAccounts.SingleOrDefaultAsync(a => a.ExternalUserId == "5550002"));
    }

    [Fact]
    public async Task CodeExpiresAfterTheConfiguredDays()
    {
        await using var fixture = await PortfolioFixture.StartAsync(settings: new Dictionary<string, string?> { ["Invitations:ValidDays"] = "3" });
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var code = await IssueAsync(fixture, teacher);

        fixture.Time.Advance(TimeSpan.FromDays(3));
        var result = await RedeemAsync(fixture, code);

        Assert.Equal(InvitationOutcome.Expired, result.Outcome);
        await using var check = fixture.NewDb();
        Assert.Empty(await check.ChatAccounts.ToListAsync());
    }

    [Fact]
    public async Task CodeWorksUntilItsLastSecond()
    {
        await using var fixture = await PortfolioFixture.StartAsync(settings: new Dictionary<string, string?> { ["Invitations:ValidDays"] = "3" });
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var code = await IssueAsync(fixture, teacher);

        fixture.Time.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));

        Assert.Equal(InvitationOutcome.Linked, (await RedeemAsync(fixture, code)).Outcome);
    }

    [Fact]
    public async Task NewCodeRevokesTheOldOne()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var old = await IssueAsync(fixture, teacher);
        var fresh = await IssueAsync(fixture, teacher);

        Assert.Equal(InvitationOutcome.Revoked, (await RedeemAsync(fixture, old)).Outcome);
        Assert.Equal(InvitationOutcome.Linked, (await RedeemAsync(fixture, fresh)).Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-real-code-at-all-x")]
    public async Task UnknownCodeIsUnknown(string code)
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        await IssueAsync(fixture, teacher);

        Assert.Equal(InvitationOutcome.Unknown, (await RedeemAsync(fixture, code)).Outcome);
    }

    [Fact]
    public async Task CodeOfADeactivatedTeacherLinksNothing()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var code = await IssueAsync(fixture, teacher);
        await using (var db = fixture.NewDb())
        {
            (await db.Teachers.SingleAsync()).Deactivate();
            await db.SaveChangesAsync();
        }

        Assert.Equal(InvitationOutcome.Revoked, (await RedeemAsync(fixture, code)).Outcome);
    }

    [Fact]
    public async Task NewPhoneTakesOverTheLink()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        await RedeemAsync(fixture, await IssueAsync(fixture, teacher), userId: "111");

        await RedeemAsync(fixture, await IssueAsync(fixture, teacher), userId: "222");

        await using var check = fixture.NewDb();
        var accounts = await check.ChatAccounts.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([("111", (int?)null), ("222", (int?)teacher.Id)], accounts.Select(a => (a.ExternalUserId, a.TeacherId)));
    }

    [Fact]
    public async Task CodeFitsATelegramDeepLink()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);

        var codes = new[] { await IssueAsync(fixture, teacher), await IssueAsync(fixture, teacher) };

        Assert.All(codes, c => Assert.Matches("^[A-Za-z0-9_-]{24}$", c));
        Assert.NotEqual(codes[0], codes[1]);
    }

    [Fact]
    public async Task OnlyTheHashIsStored()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var code = await IssueAsync(fixture, teacher);

        await using (var db = fixture.NewDb())
            Assert.Equal(Invitation.Hash(code), (await db.Invitations.SingleAsync()).CodeHash);
        SqliteConnection.ClearAllPools();

        var needle = Encoding.UTF8.GetBytes(code);
        var files = Directory.EnumerateFiles(fixture.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("portfoliobot.db", StringComparison.Ordinal));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(needle) < 0, $"the code is readable in {f}"));
        Assert.True(files.Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(Encoding.UTF8.GetBytes(Invitation.Hash(code))) >= 0), "the hash was not written");
    }

    [Fact]
    public async Task TwoChatsRedeemingOneCodeAtOnceLinkOnlyOne()
    {
        var barrier = new ReadBarrier("FROM \"Invitations\"", parties: 2);
        await using var fixture = await PortfolioFixture.StartAsync(configure: b => b.Services.ConfigureDbContext<PortfolioDbContext>(o => o.AddInterceptors(barrier)));
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var code = await IssueAsync(fixture, teacher);
        barrier.Armed = true;

        var results = await Task.WhenAll(Task.Run(() => RedeemAsync(fixture, code, "111")), Task.Run(() => RedeemAsync(fixture, code, "222")));

        Assert.Equal([InvitationOutcome.Linked, InvitationOutcome.AlreadyUsed], results.Select(r => r.Outcome).Order());
        await using var check = fixture.NewDb();
        var linked = Assert.Single(await check.ChatAccounts.ToListAsync());
        Assert.Equal(linked.ExternalUserId, (await check.Invitations.SingleAsync()).UsedByExternalUserId);
    }
}

/// <summary>
/// Holds each request right after it read the rows a command selects (matched by its SQL) until
/// <paramref name="parties"/> requests have read them, so concurrent requests really read the same state before
/// either writes. (Not at the save: saves of one process queue for SQLite's single writer, one after another.)
/// </summary>
internal sealed class ReadBarrier(string sqlFragment, int parties) : DbCommandInterceptor
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    /// <summary>Off while the test sets up; on for the requests it races.</summary>
    public bool Armed { get; set; }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (Armed && !_allArrived.Task.IsCompleted && command.CommandText.Contains(sqlFragment, StringComparison.Ordinal))
        {
            if (Interlocked.Increment(ref _arrived) >= parties) _allArrived.TrySetResult();
            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        return result;
    }
}
