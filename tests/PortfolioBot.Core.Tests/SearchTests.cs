using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Search;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

public class SearchTests
{
    private static async Task<List<string>> FindTeachersAsync(PortfolioFixture fixture, string query)
    {
        await using var db = fixture.NewDb();
        var key = SearchText.Normalize(query);
        return await db.Teachers.Where(t => t.SearchKey.Contains(key)).OrderBy(t => t.Id).Select(t => t.FullName).ToListAsync();
    }

    [Fact]
    public async Task SqliteAloneDoesNotFoldKazakhLetters()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        await using var db = fixture.NewDb();

        var folded = await db.Database.SqlQueryRaw<long>("SELECT 'әсел' LIKE 'ӘСЕЛ' AS Value").SingleAsync();

        Assert.Equal(0, folded);
    }

    [Theory]
    [InlineData("Әсел")]
    [InlineData("ӘСЕЛ")]
    [InlineData("әсел")]
    [InlineData("  әСеЛ ")]
    public async Task KazakhNameIsFoundWhateverItsCase(string query)
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        await fixture.AddTeacherAsync(school.Id, "Әсел Серікова");
        await fixture.AddTeacherAsync(school.Id, "ӘСЕЛ НҰРЛАНОВА");
        await fixture.AddTeacherAsync(school.Id, "әсел ғалымқызы");
        await fixture.AddTeacherAsync(school.Id, "Асель Петрова");

        Assert.Equal(["Әсел Серікова", "ӘСЕЛ НҰРЛАНОВА", "әсел ғалымқызы"], await FindTeachersAsync(fixture, query));
    }

    [Theory]
    [InlineData('Ә', 'ә')]
    [InlineData('Ғ', 'ғ')]
    [InlineData('Қ', 'қ')]
    [InlineData('Ң', 'ң')]
    [InlineData('Ө', 'ө')]
    [InlineData('Ұ', 'ұ')]
    [InlineData('Ү', 'ү')]
    [InlineData('Һ', 'һ')]
    [InlineData('І', 'і')]
    public async Task EveryKazakhLetterFoldsInBothDirections(char upper, char lower)
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        await fixture.AddTeacherAsync(school.Id, $"Ер{upper}н Ұpper");
        await fixture.AddTeacherAsync(school.Id, $"ер{lower}н lower");

        Assert.Equal(SearchText.Normalize(lower.ToString()), SearchText.Normalize(upper.ToString()));
        Assert.Equal(2, (await FindTeachersAsync(fixture, $"ЕР{upper}Н")).Count);
        Assert.Equal(2, (await FindTeachersAsync(fixture, $"ер{lower}н")).Count);
    }

    [Theory]
    [InlineData("Алёна")]
    [InlineData("АЛЁНА")]
    [InlineData("алена")]
    [InlineData("АЛЕНА")]
    public async Task RussianYoFoldsToYe(string query)
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        await fixture.AddTeacherAsync(school.Id, "Алёна Фёдорова");
        await fixture.AddTeacherAsync(school.Id, "АЛЕНА СЕМЁНОВА");

        Assert.Equal(["Алёна Фёдорова", "АЛЕНА СЕМЁНОВА"], await FindTeachersAsync(fixture, query));
    }

    [Fact]
    public async Task EntryIsFoundByAnyCaseOfItsTitle()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        await TestEntries.AddAsync(fixture, teacher, details: TestEntries.DetailsFor("s3.master-classes", title: "Қалалық ШЕБЕР-КЛАСС: «Өрнек»"));
        await TestEntries.AddAsync(fixture, teacher, details: TestEntries.DetailsFor("s3.master-classes", title: "Дөңгелек үстел"));

        await using var db = fixture.NewDb();
        var key = SearchText.Normalize("шебер-класс: «өРНЕК»");
        var found = await db.CurrentEntries.Where(e => e.SearchKey.Contains(key)).Select(e => e.Title).ToListAsync();

        Assert.Equal(["Қалалық ШЕБЕР-КЛАСС: «Өрнек»"], found);
    }

    [Fact]
    public async Task LikePatternTreatsPercentAndUnderscoreAsText()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        await fixture.AddTeacherAsync(school.Id, "Гүл_нар 100%");
        await fixture.AddTeacherAsync(school.Id, "Гүлxнар 1000");

        await using var db = fixture.NewDb();
        var pattern = SearchText.LikePattern("ГҮЛ_НАР 100%");
        var found = await db.Teachers.Where(t => EF.Functions.Like(t.SearchKey, pattern, "\\")).Select(t => t.FullName).ToListAsync();

        Assert.Equal(["Гүл_нар 100%"], found);
    }

    [Theory]
    [InlineData("  Әсел \t  СЕРІКОВА ", "әсел серікова")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("Ёлка", "елка")]
    public void NormalizeFoldsCaseAndSpaces(string? text, string expected)
    {
        Assert.Equal(expected, SearchText.Normalize(text));
    }

    [Fact]
    public void DecomposedLettersFoldLikeComposedOnes()
    {
        // "й" typed as "и" + combining breve folds to the same key as the single character.
        Assert.Equal(SearchText.Normalize("Қайрат"), SearchText.Normalize("ҚАИ\u0306РАТ"));
    }

    [Fact]
    public void TitleSearchKeyIsKeptInStepWithEdits()
    {
        var entry = TestEntries.Draft();

        entry.Update(TestEntries.DetailsFor(entry.KindCode, title: "ҰЛТТЫҚ ОЙЫНДАР") with { Description = "Бірінші сынып" }, TestEntries.Teacher, TestEntries.Today, TestEntries.Now);

        Assert.Contains("ұлттық ойындар", entry.SearchKey);
        Assert.Contains("бірінші сынып", entry.SearchKey);
        Assert.DoesNotContain("олимпиада", entry.SearchKey);
    }

    [Theory]
    [InlineData("СЕРІКОВА")]
    [InlineData("серікова")]
    [InlineData("Серiкова")]
    public async Task KazakhIMatchesTheLatinLookalikeTypedForIt(string query)
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        await fixture.AddTeacherAsync(school.Id, "Әсел Серікова");
        await fixture.AddTeacherAsync(school.Id, "Гүлім Серiкова");

        var found = await FindTeachersAsync(fixture, query);

        Assert.Equal(["Әсел Серікова", "Гүлім Серiкова"], found);
    }
}
