using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Search;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

/// <summary>The WaitingSearch index: exactly the entries waiting for review, followed through review by triggers.</summary>
public sealed class WaitingSearchTests : IAsyncLifetime
{
    private PortfolioFixture _fixture = null!;
    private Teacher _teacher = null!;

    public async Task InitializeAsync()
    {
        _fixture = await PortfolioFixture.StartAsync();
        _teacher = await _fixture.AddTeacherAsync((await _fixture.AddSchoolAsync()).Id, "Жанар Ахметова");
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    private Task<Entry> AddAsync(string title, EntryStatus status) =>
        TestEntries.AddAsync(_fixture, _teacher, status, details: DetailsFor("s3.master-classes", title: title));

    private async Task<List<int>> WaitingAsync(string query)
    {
        await using var db = _fixture.NewDb();
        return await EntrySearch.MatchingWaitingEntryIds(db, SearchText.Normalize(query)).OrderBy(id => id).ToListAsync();
    }

    private async Task ChangeAsync(int id, Action<Entry> change)
    {
        await using var db = _fixture.NewDb();
        change(await db.Entries.SingleAsync(e => e.Id == id));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task OnlyEntriesWaitingForReviewAreInIt()
    {
        var waiting = await AddAsync("Облыстық конкурс «Жыл мұғалімі»", EntryStatus.Submitted);
        await AddAsync("Қалалық конкурс", EntryStatus.Confirmed);
        await AddAsync("Аудандық конкурс", EntryStatus.Draft);

        Assert.Equal([waiting.Id], await WaitingAsync("КОНКУРС"));
    }

    [Fact]
    public async Task ReviewedEntryLeavesItAndAResubmittedOneComesBackWithItsNewWords()
    {
        var entry = await AddAsync("Облыстық конкурс", EntryStatus.Submitted);
        await ChangeAsync(entry.Id, e => e.Return(Reviewer, "Күнін тексеріңіз", _fixture.UtcNow));
        var afterReturn = await WaitingAsync("конкурс");

        await ChangeAsync(entry.Id, e =>
        {
            e.Update(DetailsFor(e.KindCode, title: "Республикалық олимпиада"), PortfolioFixture.TeacherActor(_teacher), _fixture.Today, _fixture.UtcNow);
            e.Submit(needsConfirmation: true, PortfolioFixture.TeacherActor(_teacher), _fixture.UtcNow);
        });

        Assert.Empty(afterReturn);
        Assert.Empty(await WaitingAsync("конкурс"));
        Assert.Equal([entry.Id], await WaitingAsync("олимпиада"));
    }

    [Fact]
    public async Task ConfirmedOrDeletedEntryIsNoLongerInIt()
    {
        var confirmed = await AddAsync("Шебер-класс «Өрнек»", EntryStatus.Submitted);
        var deleted = await AddAsync("Шебер-класс «Ою»", EntryStatus.Submitted);

        await ChangeAsync(confirmed.Id, e => e.Confirm(Reviewer, _fixture.UtcNow));
        await using (var db = _fixture.NewDb()) await db.Entries.Where(e => e.Id == deleted.Id).ExecuteDeleteAsync();

        Assert.Empty(await WaitingAsync("шебер-класс"));
    }
}
