using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Entries;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

public class AuditTests
{
    [Fact]
    public async Task EveryTransitionIsRecordedWithWhoWhenFromToAndComment()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);
        var me = PortfolioFixture.TeacherActor(teacher);
        var entry = await AddAsync(fixture, teacher);
        var created = fixture.UtcNow;

        async Task Step(Action<Entry> change)
        {
            fixture.Time.Advance(TimeSpan.FromMinutes(10));
            await using var db = fixture.NewDb();
            change(await LoadAsync(db, entry.Id));
            await db.SaveChangesAsync();
        }
        await Step(e => e.Submit(true, me, fixture.UtcNow));
        await Step(e => e.Return(Reviewer, "Мөрі жоқ", fixture.UtcNow));
        await Step(e => e.Update(DetailsFor(e.KindCode, title: "Шебер класс (мөрмен)"), me, fixture.Today, fixture.UtcNow));
        await Step(e => e.Submit(true, me, fixture.UtcNow));
        await Step(e => e.Confirm(OtherReviewer, fixture.UtcNow));

        await using var check = fixture.NewDb();
        var records = await check.AuditRecords.Where(a => a.EntityType == "Entry" && a.EntityId == entry.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
        [
            ("created", ActorKind.Teacher, teacher.FullName, created, null, "Draft", null),
            ("submitted", ActorKind.Teacher, teacher.FullName, created.AddMinutes(10), "Draft", "Submitted", null),
            ("returned", ActorKind.Staff, Reviewer.Name, created.AddMinutes(20), "Submitted", "Returned", "Мөрі жоқ"),
            ("edited", ActorKind.Teacher, teacher.FullName, created.AddMinutes(30), "Returned", "Returned", null),
            ("submitted", ActorKind.Teacher, teacher.FullName, created.AddMinutes(40), "Returned", "Submitted", null),
            ("confirmed", ActorKind.Staff, OtherReviewer.Name, created.AddMinutes(50), "Submitted", "Confirmed", (string?)null),
        ], records.Select(a => (a.Action, a.ActorKind, a.ActorName, a.At, a.FromState, a.ToState, a.Comment)));
        Assert.All(records, a => Assert.Equal(school.Id, a.SchoolId));
        Assert.Equal(OtherReviewer.Id, records[^1].ActorId);
        Assert.All(records, a => Assert.Equal(DateTimeKind.Utc, a.At.Kind));
    }

    [Fact]
    public async Task WithdrawalAndStarsAreRecordedToo()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher, EntryStatus.Submitted);
        var me = PortfolioFixture.TeacherActor(teacher);

        await using (var db = fixture.NewDb())
        {
            var loaded = await LoadAsync(db, entry.Id);
            loaded.Withdraw(me, fixture.UtcNow);
            loaded.ToggleStar(me, fixture.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.NewDb();
        var actions = await check.AuditRecords.Where(a => a.EntityId == entry.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "submitted", "withdrawn", "starred"], actions);
    }

    [Fact]
    public async Task DatabaseRefusesToChangeAuditRecords()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        await AddAsync(fixture, teacher, EntryStatus.Confirmed);

        await using var db = fixture.NewDb();
        var before = await db.AuditRecords.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Comment).ToListAsync();
        var update = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditRecords SET Comment = 'tampered'"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => db.AuditRecords.ExecuteDeleteAsync());

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(before, await db.AuditRecords.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Comment).ToListAsync());
        Assert.Equal(3, before.Count);
    }

    [Fact]
    public async Task DbContextRefusesModifiedOrDeletedAuditRecords()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        await AddAsync(fixture, teacher);

        await using (var db = fixture.NewDb())
        {
            var record = await db.AuditRecords.FirstAsync();
            db.Entry(record).Property(a => a.Comment).CurrentValue = "tampered";
            Assert.Equal(EntityState.Modified, db.Entry(record).State);
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var db = fixture.NewDb())
        {
            db.AuditRecords.Remove(await db.AuditRecords.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = fixture.NewDb();
        var stored = await check.AuditRecords.SingleAsync();
        Assert.Null(stored.Comment);
    }

    [Fact]
    public async Task ChangesOutsideEntriesAreAuditedByHand()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);

        await using (var db = fixture.NewDb())
        {
            db.Audit(Actor.Staff(3, "Директор"), "Teacher", teacher.Id, "deactivated", fixture.UtcNow, "кетті", school.Id);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.NewDb();
        var record = await check.AuditRecords.SingleAsync();
        Assert.Equal(("Teacher", teacher.Id, "deactivated", "Директор", "кетті", (int?)school.Id), (record.EntityType, record.EntityId, record.Action, record.ActorName, record.Comment, record.SchoolId));
    }
}
