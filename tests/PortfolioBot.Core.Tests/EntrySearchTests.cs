using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Search;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

/// <summary>EntrySearch against real SQLite: the FTS5 trigram index for 3+ characters, LIKE below that.</summary>
public sealed class EntrySearchTests : IAsyncLifetime
{
    private PortfolioFixture _fixture = null!;
    private Teacher _teacher = null!;

    public async Task InitializeAsync()
    {
        _fixture = await PortfolioFixture.StartAsync();
        _teacher = await _fixture.AddTeacherAsync((await _fixture.AddSchoolAsync()).Id, "Жанар Ахметова");
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    private Task<Entry> AddAsync(string title, EntryStatus status = EntryStatus.Submitted) =>
        TestEntries.AddAsync(_fixture, _teacher, status, details: DetailsFor("s3.master-classes", title: title));

    private async Task<List<string>> FindAsync(string query, bool withinOneSchool = false)
    {
        await using var db = _fixture.NewDb();
        return await db.CurrentEntries.WhereTextMatches(db, db.Teachers, query, withinOneSchool).OrderBy(e => e.Id).Select(e => e.Title).ToListAsync();
    }

    [Theory]
    [InlineData("ШЕБЕР-КЛАСС")]
    [InlineData("шебер-класс: «өРНЕК»")]
    [InlineData("ӨРНЕК")]
    [InlineData("алалық")]
    public async Task KazakhSubstringIsFoundWhateverItsCase(string query)
    {
        await AddAsync("Қалалық ШЕБЕР-КЛАСС: «Өрнек»");
        await AddAsync("Дөңгелек үстел");

        Assert.Equal(["Қалалық ШЕБЕР-КЛАСС: «Өрнек»"], await FindAsync(query));
    }

    [Theory]
    [InlineData("ЁЛОЧН")]
    [InlineData("елочн")]
    [InlineData("ОТКРЫТЫЙ УРОК")]
    public async Task RussianSubstringIsFoundWhateverItsCaseAndYo(string query)
    {
        await AddAsync("Открытый урок «Ёлочные игрушки»");
        await AddAsync("Семинар по химии");

        Assert.Equal(["Открытый урок «Ёлочные игрушки»"], await FindAsync(query));
    }

    [Theory]
    [InlineData("Өр")]
    [InlineData("ӨР")]
    [InlineData("ө")]
    public async Task QueryOfOneOrTwoCharactersFindsSubstringsWithoutTheIndex(string query)
    {
        await AddAsync("Қалалық байқау «Өрнек»");
        await AddAsync("Семинар по химии");

        Assert.False(EntrySearch.UsesIndex(SearchText.Normalize(query)));
        Assert.Equal(["Қалалық байқау «Өрнек»"], await FindAsync(query));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("\"конкурс")]
    [InlineData("конк*")]
    [InlineData("-конкурс")]
    [InlineData("конкурс OR урок")]
    [InlineData("урок NOT конкурс")]
    [InlineData("NEAR(урок конкурс)")]
    [InlineData("SearchKey:урок")]
    [InlineData("^урок")]
    [InlineData(")(")]
    [InlineData("конкурс\" OR \"урок")]
    public async Task QueryWithFullTextSyntaxIsSearchedAsPlainText(string query)
    {
        await AddAsync("Конкурс чтецов");
        await AddAsync("Открытый урок");
        await AddAsync("Викторина \"конкурс\" OR \"урок\" -конкурс конк* ^урок )(");

        var found = await FindAsync(query);

        // Exactly the entries whose text contains the query as typed, symbols and all.
        var folded = SearchText.Normalize(query);
        await using var db = _fixture.NewDb();
        var expected = (await db.CurrentEntries.OrderBy(e => e.Id).Select(e => new { e.Title, e.SearchKey }).ToListAsync())
            .Where(e => e.SearchKey.Contains(folded, StringComparison.Ordinal)).Select(e => e.Title).ToList();
        Assert.Equal(expected, found);
        Assert.DoesNotContain("Конкурс чтецов", found);
    }

    [Theory]
    [InlineData("ШЕБЕР")]
    [InlineData("жанар")]
    [InlineData("«өрнек»")]
    [InlineData("сынып OR")]
    public async Task ScanningOneSchoolFindsWhatTheIndexFinds(string query)
    {
        await AddAsync("Қалалық ШЕБЕР-КЛАСС: «Өрнек»");
        await AddAsync("Бірінші сынып OR екінші");
        await AddAsync("Дөңгелек үстел");

        var scanned = await FindAsync(query, withinOneSchool: true);

        Assert.NotEmpty(scanned);
        Assert.Equal(await FindAsync(query), scanned);
    }

    [Fact]
    public async Task EditedEntryIsFoundByItsNewWordsAndNotItsOldOnes()
    {
        var entry = await AddAsync("Облыстық олимпиада", EntryStatus.Draft);
        await using (var db = _fixture.NewDb())
        {
            var stored = await db.Entries.SingleAsync(e => e.Id == entry.Id);
            stored.Update(DetailsFor(stored.KindCode, title: "Ұлттық ойындар фестивалі"), PortfolioFixture.TeacherActor(_teacher), _fixture.Today, _fixture.UtcNow);
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Ұлттық ойындар фестивалі"], await FindAsync("ойындар"));
        Assert.Empty(await FindAsync("олимпиада"));
    }

    [Fact]
    public async Task OldVersionIsNotFoundOnceANewVersionChangesTheWords()
    {
        var v1 = await AddAsync("Облыстық олимпиада", EntryStatus.Confirmed);
        var actor = PortfolioFixture.TeacherActor(_teacher);
        await using (var db = _fixture.NewDb())
        {
            var v2 = (await LoadAsync(db, v1.Id)).StartNewVersion(actor, _fixture.UtcNow);
            v2.Update(DetailsFor(v2.KindCode, title: "Республикалық олимпиада"), actor, _fixture.Today, _fixture.UtcNow);
            db.Entries.Add(v2);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await FindAsync("облыстық"));
        Assert.Equal(["Республикалық олимпиада"], await FindAsync("олимпиада"));
    }

    [Fact]
    public async Task DeletedDraftIsNotFound()
    {
        var draft = await AddAsync("Дебаттық турнир", EntryStatus.Draft);
        await using (var db = _fixture.NewDb())
        {
            (await db.Entries.SingleAsync(e => e.Id == draft.Id)).Delete(PortfolioFixture.TeacherActor(_teacher), _fixture.UtcNow);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await FindAsync("турнир"));
    }

    [Fact]
    public async Task IndexStaysInStepWithEntriesThroughInsertEditAndRowDelete()
    {
        var kept = await AddAsync("Ғылыми жоба қорғау", EntryStatus.Draft);
        var removed = await AddAsync("Ғылыми конференция", EntryStatus.Draft);
        await using var db = _fixture.NewDb();
        var stored = await db.Entries.SingleAsync(e => e.Id == kept.Id);
        stored.Update(DetailsFor(stored.KindCode, title: "Ғылыми жоба: экология"), PortfolioFixture.TeacherActor(_teacher), _fixture.Today, _fixture.UtcNow);
        await db.SaveChangesAsync();
        await db.Entries.Where(e => e.Id == removed.Id).ExecuteDeleteAsync();

        // FTS5 compares every indexed trigram with the text in Entries and fails if any differ.
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"EntrySearch\"(\"EntrySearch\", rank) VALUES ('integrity-check', 1)");
        Assert.Equal([kept.Id], await EntrySearch.MatchingEntryIds(db, SearchText.Normalize("ғылыми")).ToListAsync());
    }

    [Fact]
    public async Task MigrationIndexesEntriesThatExistedBeforeIt()
    {
        await using (var db = _fixture.NewDb())
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(migrations[migrations.IndexOf(migrations.Single(m => m.EndsWith("_EntrySearchIndex", StringComparison.Ordinal))) - 1]);
        }
        await AddAsync("Абай оқулары облыстық конкурсы");
        await using (var db = _fixture.NewDb()) await db.Database.MigrateAsync();

        Assert.Equal(["Абай оқулары облыстық конкурсы"], await FindAsync("оқулары"));
    }
}
