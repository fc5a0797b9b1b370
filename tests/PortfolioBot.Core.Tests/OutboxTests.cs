using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

public class OutboxTests
{
    private static async Task ReviewAsync(PortfolioFixture fixture, int entryId, Action<Entry> review)
    {
        await using var db = fixture.NewDb();
        review(await LoadAsync(db, entryId));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ConfirmationEnqueuesOneMessageForTheTeacher()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);

        await ReviewAsync(fixture, entry.Id, e => e.Confirm(Reviewer, fixture.UtcNow));

        await using var check = fixture.NewDb();
        var message = Assert.Single(await check.Outbox.ToListAsync());
        Assert.Equal((NotificationKind.EntryConfirmed, (int?)teacher.Id, (int?)null, OutboxStatus.Pending, fixture.UtcNow),
            (message.Kind, message.TeacherId, message.StaffMemberId, message.Status, message.NextAttemptAt));
        Assert.StartsWith($"entry:{entry.Id}:", message.Key, StringComparison.Ordinal);
        var payload = JsonSerializer.Deserialize<ReviewNotification>(message.PayloadJson);
        Assert.Equal(new ReviewNotification(entry.Id, entry.Title, entry.KindCode, Reviewer.Name, null), payload);
    }

    [Fact]
    public async Task ReturnEnqueuesTheReviewersComment()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);

        await ReviewAsync(fixture, entry.Id, e => e.Return(Reviewer, "  Бұйрықтың көшірмесін тіркеңіз  ", fixture.UtcNow));

        await using var check = fixture.NewDb();
        var message = Assert.Single(await check.Outbox.ToListAsync());
        Assert.Equal(NotificationKind.EntryReturned, message.Kind);
        Assert.Equal("Бұйрықтың көшірмесін тіркеңіз", JsonSerializer.Deserialize<ReviewNotification>(message.PayloadJson)!.Comment);
    }

    [Fact]
    public async Task TeachersOwnStepsEnqueueNothing()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var me = PortfolioFixture.TeacherActor(teacher);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);

        await ReviewAsync(fixture, entry.Id, e => e.Withdraw(me, fixture.UtcNow));
        await ReviewAsync(fixture, entry.Id, e => e.Update(DetailsFor(e.KindCode, title: "Жаңа тақырып"), me, fixture.Today, fixture.UtcNow));
        await ReviewAsync(fixture, entry.Id, e => e.Submit(false, me, fixture.UtcNow));

        await using var check = fixture.NewDb();
        Assert.Empty(await check.Outbox.ToListAsync());
    }

    [Fact]
    public async Task EachReviewHasItsOwnKey()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var me = PortfolioFixture.TeacherActor(teacher);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Returned);

        await ReviewAsync(fixture, entry.Id, e => e.Submit(true, me, fixture.UtcNow));
        await ReviewAsync(fixture, entry.Id, e => e.Return(Reviewer, "Тағы да", fixture.UtcNow));
        await ReviewAsync(fixture, entry.Id, e => e.Submit(true, me, fixture.UtcNow));
        await ReviewAsync(fixture, entry.Id, e => e.Confirm(Reviewer, fixture.UtcNow));

        await using var check = fixture.NewDb();
        var messages = await check.Outbox.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([NotificationKind.EntryReturned, NotificationKind.EntryReturned, NotificationKind.EntryConfirmed], messages.Select(m => m.Kind));
        Assert.Equal(3, messages.Select(m => m.Key).Distinct().Count());
    }

    [Fact]
    public async Task SameKeyCannotBeEnqueuedTwice()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        await using (var db = fixture.NewDb())
        {
            db.Outbox.Add(new OutboxMessage("deadline:5:teacher:1:7d", NotificationKind.DeadlineReminder, teacher.Id, null, "{}", fixture.UtcNow));
            await db.SaveChangesAsync();
        }

        await using (var db = fixture.NewDb())
        {
            db.Outbox.Add(new OutboxMessage("deadline:5:teacher:1:7d", NotificationKind.DeadlineReminder, teacher.Id, null, "{}", fixture.UtcNow));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = fixture.NewDb();
        Assert.Single(await check.Outbox.ToListAsync());
    }

    [Fact]
    public async Task ReviewIsNotStoredWhenItsMessageCannotBe()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);
        await using (var db = fixture.NewDb())
        {
            // Occupy the key the confirmation will use, so writing its message fails.
            db.Outbox.Add(new OutboxMessage($"entry:{entry.Id}:rev{entry.Revision + 1}:confirmed", NotificationKind.EntryConfirmed, teacher.Id, null, "{}", fixture.UtcNow));
            await db.SaveChangesAsync();
        }

        await using (var db = fixture.NewDb())
        {
            (await LoadAsync(db, entry.Id)).Confirm(Reviewer, fixture.UtcNow);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = fixture.NewDb();
        Assert.Equal(EntryStatus.Submitted, (await check.Entries.SingleAsync(e => e.Id == entry.Id)).Status);
        Assert.DoesNotContain("confirmed", await check.AuditRecords.Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public void MessageGoesToExactlyOneRecipient()
    {
        Assert.Throws<ArgumentException>(() => new OutboxMessage("k", NotificationKind.Nudge, 1, 2, "{}", Now));
        Assert.Throws<ArgumentException>(() => new OutboxMessage("k", NotificationKind.Nudge, null, null, "{}", Now));
    }
}
