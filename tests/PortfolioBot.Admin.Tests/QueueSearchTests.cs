using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests;

/// <summary>The review queue's search box, over real SQLite.</summary>
public sealed class QueueSearchTests : AdminTest
{
    private TwoSchools _cast = null!;

    private const string DistrictEmail = "district@school.kz";

    // A reviewer of both schools with no school chosen: the search goes through the FTS5 index (one school is scanned).
    public override async Task InitializeAsync()
    {
        _cast = await TwoSchools.SeedAsync(App);
        await Seed.StaffAsync(DistrictEmail, StaffRole.Reviewer, _cast.SchoolA.Id, _cast.SchoolB.Id);
    }

    private async Task<List<string>> TitlesAsync(string url)
    {
        using var reviewer = await App.SignedInClientAsync(DistrictEmail);
        var page = await reviewer.GetDocumentAsync(url);
        return page.QuerySelectorAll("tr.queue-row a.entry-link").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task SearchFindsKazakhWordsWhateverTheirCase()
    {
        await Seed.SubmittedEntryAsync(_cast.TeacherA, "Семинар по химии");

        var titles = await TitlesAsync("/Review?q=" + Uri.EscapeDataString("ӘДІСТЕМЕЛІК"));

        Assert.Equal([_cast.EntryA.Title], titles);
    }

    [Fact]
    public async Task SearchFindsTheTeachersName()
    {
        var other = await Seed.TeacherAsync(_cast.SchoolA.Id, "Ёлкина Алёна Петровна");
        await Seed.SubmittedEntryAsync(other, "Конкурс чтецов");

        var titles = await TitlesAsync("/Review?q=" + Uri.EscapeDataString("елкина"));

        Assert.Equal(["Конкурс чтецов"], titles);
    }

    [Theory]
    [InlineData("\"әдістемелік")]
    [InlineData("семинар OR конкурс")]
    [InlineData("-урок*")]
    public async Task SearchWithFullTextSymbolsIsPlainText(string query)
    {
        await Seed.SubmittedEntryAsync(_cast.TeacherA, "Конкурс чтецов");

        var titles = await TitlesAsync("/Review?q=" + Uri.EscapeDataString(query));

        Assert.Empty(titles);
    }

    [Fact]
    public async Task SearchFindsAnEntryByItsEditedWords()
    {
        var returned = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Облыстық олимпиада");
        await using (var db = App.NewDb())
        {
            var entry = await db.Entries.SingleAsync(e => e.Id == returned.Id);
            var teacher = Actor.Teacher(_cast.TeacherA.Id, _cast.TeacherA.FullName);
            entry.Withdraw(teacher, App.UtcNow);
            entry.Update(entry.Details with { Title = "Республикалық олимпиада" }, teacher, DateOnly.FromDateTime(App.UtcNow), App.UtcNow);
            entry.Submit(needsConfirmation: true, teacher, App.UtcNow);
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Республикалық олимпиада"], await TitlesAsync("/Review?q=" + Uri.EscapeDataString("РЕСПУБЛИКА")));
        Assert.Empty(await TitlesAsync("/Review?q=" + Uri.EscapeDataString("облыстық")));
    }
}
