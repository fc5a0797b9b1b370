using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task SecondReviewerGetsAConflictAndNothingOfTheirsIsWritten()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);
        await using var first = fixture.NewDb();
        await using var second = fixture.NewDb();
        var seenByFirst = await LoadAsync(first, entry.Id);
        var seenBySecond = await LoadAsync(second, entry.Id);

        seenByFirst.Confirm(Reviewer, fixture.UtcNow);
        await first.SaveChangesAsync();
        seenBySecond.Return(OtherReviewer, "Қолы жоқ", fixture.UtcNow);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = fixture.NewDb();
        var stored = await check.Entries.SingleAsync(e => e.Id == entry.Id);
        Assert.Equal((EntryStatus.Confirmed, Reviewer.Name, (string?)null), (stored.Status, stored.ReviewedByName, stored.ReviewComment));
        Assert.Equal(["created", "submitted", "confirmed"], await check.AuditRecords.Where(a => a.EntityId == entry.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        var message = Assert.Single(await check.Outbox.ToListAsync());
        Assert.Equal(NotificationKind.EntryConfirmed, message.Kind);
    }

    [Fact]
    public async Task TeacherCannotWithdrawWhatWasJustConfirmed()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);
        await using var reviewer = fixture.NewDb();
        await using var teachersPhone = fixture.NewDb();
        var onPhone = await LoadAsync(teachersPhone, entry.Id);

        (await LoadAsync(reviewer, entry.Id)).Confirm(Reviewer, fixture.UtcNow);
        await reviewer.SaveChangesAsync();
        onPhone.Withdraw(PortfolioFixture.TeacherActor(teacher), fixture.UtcNow);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => teachersPhone.SaveChangesAsync());

        await using var check = fixture.NewDb();
        Assert.Equal(EntryStatus.Confirmed, (await check.Entries.SingleAsync(e => e.Id == entry.Id)).Status);
        Assert.DoesNotContain("withdrawn", await check.AuditRecords.Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task RevisionChangesWithEveryChangeSoStaleButtonsCanBeSpotted()
    {
        var entry = Draft();
        var revisions = new List<int> { entry.Revision };

        entry.Submit(true, Teacher, Now);
        revisions.Add(entry.Revision);
        entry.Return(Reviewer, "Түзетіңіз", Now);
        revisions.Add(entry.Revision);
        entry.ToggleStar(Teacher, Now);
        revisions.Add(entry.Revision);

        Assert.Equal(revisions.Count, revisions.Distinct().Count());
    }

    [Fact]
    public async Task ReviewersSavingAtTheSameMomentGetOneWinnerAndOneConflict()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);
        await using var first = fixture.NewDb();
        await using var second = fixture.NewDb();
        (await LoadAsync(first, entry.Id)).Confirm(Reviewer, fixture.UtcNow);
        (await LoadAsync(second, entry.Id)).Return(OtherReviewer, "Қолы жоқ", fixture.UtcNow);

        var saves = new[] { Task.Run(() => first.SaveChangesAsync()), Task.Run(() => second.SaveChangesAsync()) };
        await Task.WhenAll(saves.Select(s => s.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.Equal(1, saves.Count(s => s.IsCompletedSuccessfully));
        var loser = saves.Single(s => s.IsFaulted);
        Assert.IsType<DbUpdateConcurrencyException>(loser.Exception!.InnerException);
        await using var check = fixture.NewDb();
        var stored = await check.Entries.SingleAsync(e => e.Id == entry.Id);
        var reviews = await check.AuditRecords.Where(a => a.Action == "confirmed" || a.Action == "returned").Select(a => a.Action).ToListAsync();
        Assert.Equal(stored.Status == EntryStatus.Confirmed ? "confirmed" : "returned", Assert.Single(reviews));
        Assert.Single(await check.Outbox.ToListAsync());
    }
}
