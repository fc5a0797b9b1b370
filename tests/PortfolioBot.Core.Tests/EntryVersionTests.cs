using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

/// <summary>Versions of final entries and soft deletion, stored and read back.</summary>
public class EntryVersionTests
{
    [Theory]
    [InlineData(EntryStatus.Draft)]
    [InlineData(EntryStatus.Submitted)]
    [InlineData(EntryStatus.Returned)]
    public void OnlyFinalEntryStartsANewVersion(EntryStatus status)
    {
        var entry = Draft();
        MoveTo(entry, status, Teacher, Now);

        Assert.Equal(EntryRule.IllegalTransition, Assert.Throws<EntryRuleException>(() => entry.StartNewVersion(Teacher, Now)).Rule);
    }

    [Fact]
    public void SupersededVersionCannotStartAnotherVersion()
    {
        var v1 = Confirmed();
        v1.StartNewVersion(Teacher, Now);

        Assert.Equal(EntryRule.NotCurrentVersion, Assert.Throws<EntryRuleException>(() => v1.StartNewVersion(Teacher, Now)).Rule);
    }

    [Fact]
    public async Task ChangingConfirmedEntryMakesNewVersionThatNeedsConfirmationAgain()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);
        var v1 = await AddAsync(fixture, teacher, EntryStatus.Confirmed);
        var actor = PortfolioFixture.TeacherActor(teacher);

        await using (var db = fixture.NewDb())
        {
            var confirmed = await LoadAsync(db, v1.Id);
            Assert.Equal(EntryRule.IllegalTransition,
                Assert.Throws<EntryRuleException>(() => confirmed.Update(DetailsFor(confirmed.KindCode, title: "Жаңа"), actor, fixture.Today, fixture.UtcNow)).Rule);
            var v2 = confirmed.StartNewVersion(actor, fixture.UtcNow);
            v2.Update(DetailsFor(v2.KindCode, title: "Шебер класс (түзетілген)"), actor, fixture.Today, fixture.UtcNow);
            db.Entries.Add(v2);
            await db.SaveChangesAsync();
            v2.Submit(needsConfirmation: true, actor, fixture.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.NewDb();
        var versions = await check.Entries.Where(e => e.TeacherId == teacher.Id).OrderBy(e => e.Version).ToListAsync();
        Assert.Equal(2, versions.Count);
        Assert.Equal((1, EntryStatus.Confirmed, false), (versions[0].Version, versions[0].Status, versions[0].IsCurrent));
        Assert.Equal((2, EntryStatus.Submitted, true), (versions[1].Version, versions[1].Status, versions[1].IsCurrent));
        Assert.Equal(v1.Id, versions[1].PreviousVersionId);
        Assert.Equal("Шебер класс (түзетілген)", Assert.Single(await check.CurrentEntries.Where(e => e.TeacherId == teacher.Id).ToListAsync()).Title);
    }

    [Fact]
    public async Task DeletingNewVersionRestoresTheConfirmedOne()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);
        var v1 = await AddAsync(fixture, teacher, EntryStatus.Confirmed);
        var actor = PortfolioFixture.TeacherActor(teacher);
        int v2Id;
        await using (var db = fixture.NewDb())
        {
            var v2 = (await LoadAsync(db, v1.Id)).StartNewVersion(actor, fixture.UtcNow);
            db.Entries.Add(v2);
            await db.SaveChangesAsync();
            v2Id = v2.Id;
        }

        await using (var db = fixture.NewDb())
        {
            var v2 = await LoadAsync(db, v2Id);
            v2.Delete(actor, fixture.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.NewDb();
        var current = Assert.Single(await check.CurrentEntries.Where(e => e.TeacherId == teacher.Id).ToListAsync());
        Assert.Equal((v1.Id, EntryStatus.Confirmed), (current.Id, current.Status));
        Assert.True((await check.Entries.SingleAsync(e => e.Id == v2Id)).IsDeleted);
    }

    [Fact]
    public async Task DeletingDraftIsSoftAndAudited()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);
        var draft = await AddAsync(fixture, teacher);
        fixture.Time.Advance(TimeSpan.FromMinutes(5));

        await using (var db = fixture.NewDb())
        {
            (await LoadAsync(db, draft.Id)).Delete(PortfolioFixture.TeacherActor(teacher), fixture.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.NewDb();
        var stored = await check.Entries.SingleAsync(e => e.Id == draft.Id);
        Assert.True(stored.IsDeleted);
        Assert.Equal(fixture.UtcNow, stored.DeletedAt);
        Assert.Empty(await check.CurrentEntries.Where(e => e.TeacherId == teacher.Id).ToListAsync());
        var audit = await check.AuditRecords.SingleAsync(a => a.EntityId == draft.Id && a.Action == "deleted");
        Assert.Equal(("Draft", null, teacher.FullName, fixture.UtcNow), (audit.FromState, audit.ToState, audit.ActorName, audit.At));
    }

    [Fact]
    public async Task NewVersionKeepsTheFilesOfTheConfirmedOne()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var actor = PortfolioFixture.TeacherActor(teacher);
        var blob = await fixture.Get<EvidenceStore>().SaveAsync(new MemoryStream(Samples.Pdf));
        int v1Id;
        await using (var db = fixture.NewDb())
        {
            var draft = new Entry(teacher.Id, teacher.SchoolId, "s3.master-classes", DetailsFor("s3.master-classes"), actor, fixture.Today, fixture.UtcNow);
            draft.AttachEvidence(blob, "сертификат.pdf", "admin", actor, fixture.UtcNow);
            MoveTo(draft, EntryStatus.Confirmed, actor, fixture.UtcNow);
            db.Entries.Add(draft);
            await db.SaveChangesAsync();
            v1Id = draft.Id;
        }

        int v2Id;
        await using (var db = fixture.NewDb())
        {
            // Loaded the plain way a handler would, without asking for the files.
            var v1 = await db.Entries.SingleAsync(e => e.Id == v1Id);
            var v2 = v1.StartNewVersion(actor, fixture.UtcNow);
            db.Entries.Add(v2);
            await db.SaveChangesAsync();
            v2Id = v2.Id;
        }

        await using var check = fixture.NewDb();
        var files = await check.EvidenceFiles.OrderBy(f => f.EntryId).Select(f => new { f.EntryId, f.OriginalName, f.Sha256 }).ToListAsync();
        Assert.Equal([(v1Id, "сертификат.pdf"), (v2Id, "сертификат.pdf")], files.Select(f => (f.EntryId, f.OriginalName)));
        Assert.All(files, f => Assert.Equal(blob.Sha256, f.Sha256));
    }
}
