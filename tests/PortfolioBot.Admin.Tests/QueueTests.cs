using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Review;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests;

public sealed class QueueTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync() => _cast = await TwoSchools.SeedAsync(App);

    private async Task<List<string>> TitlesAsync(string url)
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        var page = await reviewer.GetDocumentAsync(url);
        return page.QuerySelectorAll("tr.queue-row a.entry-link").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task OldestSubmissionComesFirst()
    {
        App.Time.Advance(TimeSpan.FromHours(1));
        await Seed.SubmittedEntryAsync(_cast.TeacherA, "Позже отправленная");

        var titles = await TitlesAsync("/Review");

        Assert.Equal([_cast.EntryA.Title, "Позже отправленная"], titles);
    }

    [Fact]
    public async Task StarredEntriesComeBeforeOlderOnes()
    {
        App.Time.Advance(TimeSpan.FromHours(1));
        var starred = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Важная запись");
        await using (var db = App.NewDb())
        {
            var entry = await db.Entries.SingleAsync(e => e.Id == starred.Id);
            entry.ToggleStar(Actor.Teacher(_cast.TeacherA.Id, _cast.TeacherA.FullName), App.UtcNow);
            await db.SaveChangesAsync();
        }

        var titles = await TitlesAsync("/Review");

        Assert.Equal(["Важная запись", _cast.EntryA.Title], titles);
    }

    [Fact]
    public async Task FiltersNarrowBySectionKindAndTeacher()
    {
        var other = await Seed.TeacherAsync(_cast.SchoolA.Id, "Другой Педагог");
        await Seed.SubmittedEntryAsync(other, "Проект учеников", "s4.research-projects");

        Assert.Equal(["Проект учеников"], await TitlesAsync("/Review?section=4"));
        Assert.Equal(["Проект учеников"], await TitlesAsync("/Review?kind=s4.research-projects"));
        Assert.Equal([_cast.EntryA.Title], await TitlesAsync($"/Review?teacher={_cast.TeacherA.Id}"));
    }

    [Fact]
    public async Task DateRangeFiltersByTheEntrysDate()
    {
        var today = DateOnly.FromDateTime(App.UtcNow);
        await Seed.SubmittedEntryAsync(_cast.TeacherA, "Прошлогодний конкурс", date: today.AddYears(-1));

        var titles = await TitlesAsync($"/Review?to={today.AddMonths(-6):yyyy-MM-dd}");

        Assert.Equal(["Прошлогодний конкурс"], titles);
    }

    [Fact]
    public async Task ManyEntriesArePagedInQueueOrder()
    {
        for (var i = 1; i <= 30; i++)
        {
            App.Time.Advance(TimeSpan.FromMinutes(1));
            await Seed.SubmittedEntryAsync(_cast.TeacherA, $"Запись {i:00}");
        }

        var first = await TitlesAsync("/Review");
        var second = await TitlesAsync("/Review?page=2");

        Assert.Equal(25, first.Count);
        Assert.Equal(6, second.Count);
        Assert.Equal("Запись 30", second[^1]);
    }

    [Fact]
    public async Task TheTotalCountsTheWholeQueueOnEveryPage()
    {
        for (var i = 1; i <= 30; i++) await Seed.SubmittedEntryAsync(_cast.TeacherA, $"Запись {i:00}");
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        var totals = new List<string>();
        foreach (var page in new[] { 1, 2, 3 })
            totals.Add((await reviewer.GetDocumentAsync($"/Review?page={page}")).QuerySelector("#queue-total")!.TextContent.Trim());

        Assert.Equal(["31", "31", "31"], totals);
    }

    [Fact]
    public async Task ALongQueueLinksOnlyTheFirstLastAndNearbyPages()
    {
        await using (var db = App.NewDb())
        {
            var actor = Actor.Teacher(_cast.TeacherA.Id, _cast.TeacherA.FullName);
            var today = DateOnly.FromDateTime(App.UtcNow);
            for (var i = 0; i < 10 * ReviewQuery.PageSize; i++)
            {
                var entry = new Entry(_cast.TeacherA.Id, _cast.SchoolA.Id, "s3.new-technologies", new EntryDetails($"Запись {i}", today), actor, today, App.UtcNow);
                entry.Submit(needsConfirmation: true, actor, App.UtcNow);
                db.Entries.Add(entry);
            }
            await db.SaveChangesAsync();
        }
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        var page = await reviewer.GetDocumentAsync("/Review?page=5");

        Assert.Equal(["1", "…", "3", "4", "5", "6", "7", "…", "11"], page.QuerySelectorAll(".pagination .page-link").Select(a => a.TextContent.Trim()));
        Assert.Equal("5", page.QuerySelector(".pagination .active")!.TextContent.Trim());
    }

    [Fact]
    public async Task EntryPageNextFollowsTheQueue()
    {
        App.Time.Advance(TimeSpan.FromHours(1));
        var later = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Вторая в очереди");
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        var page = await reviewer.GetDocumentAsync($"/Review/Entry/{_cast.EntryA.Id}");

        Assert.StartsWith($"/Review/Entry/{later.Id}", page.QuerySelector("#review-keys")!.GetAttribute("data-next"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelector("#review-keys")!.GetAttribute("data-prev") ?? "");
    }

    [Fact]
    public async Task EntryPagePreviousAndNextFollowStarsThenSubmissionTimeThenId()
    {
        App.Time.Advance(TimeSpan.FromHours(1));
        var tieFirst = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Одновременно 1");
        var tieSecond = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Одновременно 2");
        App.Time.Advance(TimeSpan.FromHours(1));
        var starred = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Важная запись");
        await using (var db = App.NewDb())
        {
            (await db.Entries.SingleAsync(e => e.Id == starred.Id)).ToggleStar(Actor.Teacher(_cast.TeacherA.Id, _cast.TeacherA.FullName), App.UtcNow);
            await db.SaveChangesAsync();
        }
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        int?[] queue = [starred.Id, _cast.EntryA.Id, tieFirst.Id, tieSecond.Id];

        for (var i = 0; i < queue.Length; i++)
        {
            var keys = (await reviewer.GetDocumentAsync($"/Review/Entry/{queue[i]}")).QuerySelector("#review-keys")!;
            Assert.Equal(i > 0 ? queue[i - 1] : null, IdIn(keys.GetAttribute("data-prev")));
            Assert.Equal(i + 1 < queue.Length ? queue[i + 1] : null, IdIn(keys.GetAttribute("data-next")));
        }
    }

    private static int? IdIn(string? link) =>
        string.IsNullOrEmpty(link) ? null : int.Parse(link.Split('?')[0].Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AReviewerOfTwoSchoolsSeesBoth()
    {
        await Seed.StaffAsync("both@school.kz", StaffRole.Reviewer, _cast.SchoolA.Id, _cast.SchoolB.Id);
        await Seed.SubmittedEntryAsync(_cast.TeacherB, "Запись второй школы");
        using var reviewer = await App.SignedInClientAsync("both@school.kz");

        var page = await reviewer.GetDocumentAsync("/Review");

        Assert.Equal(2, page.QuerySelectorAll("tr.queue-row").Length);
        Assert.NotNull(page.QuerySelector("#f-school"));
    }

    [Fact]
    public async Task AReviewerOfSeveralSchoolsPicksATeacherOnceASchoolIsChosen()
    {
        await Seed.StaffAsync("both@school.kz", StaffRole.Reviewer, _cast.SchoolA.Id, _cast.SchoolB.Id);
        var idle = await Seed.TeacherAsync(_cast.SchoolB.Id, "Бекзат Тыныштықов");
        using var reviewer = await App.SignedInClientAsync("both@school.kz");

        var all = await reviewer.GetDocumentAsync("/Review");
        var schoolB = await reviewer.GetDocumentAsync($"/Review?school={_cast.SchoolB.Id}");

        Assert.Equal([""], all.QuerySelectorAll("#f-teacher option").Select(o => o.GetAttribute("value")));
        Assert.NotNull(all.QuerySelector("#f-teacher-hint"));
        var offered = schoolB.QuerySelectorAll("#f-teacher option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains(idle.FullName, offered);
        Assert.DoesNotContain(_cast.TeacherA.FullName, offered);
    }

    [Fact]
    public async Task AChosenTeacherStaysSelectedWithoutASchool()
    {
        await Seed.StaffAsync("both@school.kz", StaffRole.Reviewer, _cast.SchoolA.Id, _cast.SchoolB.Id);
        using var reviewer = await App.SignedInClientAsync("both@school.kz");

        var page = await reviewer.GetDocumentAsync($"/Review?teacher={_cast.TeacherA.Id}");

        Assert.Equal(_cast.TeacherA.FullName, page.QuerySelector("#f-teacher option[selected]")?.TextContent.Trim());
        Assert.Equal([_cast.EntryA.Title], page.QuerySelectorAll("tr.queue-row a.entry-link").Select(a => a.TextContent.Trim()));
    }
}
