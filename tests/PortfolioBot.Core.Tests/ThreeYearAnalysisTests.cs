using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Analysis;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

/// <summary>
/// A teacher's section 2 over four school years (today is 15 October 2025, so the three shown are
/// 2023/24, 2024/25 and 2025/26, and 2022/23 is the baseline for the first change).
/// </summary>
public class ThreeYearAnalysisTests
{
    private static EntryDetails Participation(string date, Level level, int? pupils = null, string? names = null) =>
        new("Облыстық математика олимпиадасы", DateOnly.Parse(date)) { Level = level, PupilCount = pupils, PupilNames = names };

    private static EntryDetails Prize(string date, Level level, ResultKind result, int? pupils = null) =>
        new("Жүлделі орын", DateOnly.Parse(date)) { Level = level, Result = result, Place = result == ResultKind.PrizeWinner ? 2 : null, PupilCount = pupils };

    private static EntryDetails Graduates(string date, int pupils) => new("Түлектер", DateOnly.Parse(date)) { PupilCount = pupils };

    private static async Task<IReadOnlyList<YearComparison>> SeedAndAnalyseAsync(PortfolioFixture fixture, Teacher teacher)
    {
        async Task Add(string kind, EntryDetails details, EntryStatus status = EntryStatus.Confirmed) =>
            await AddAsync(fixture, teacher, status, kind, details);
        var participation = PortfolioCatalogue.CompetitionParticipation;
        var prizes = PortfolioCatalogue.PrizeWinners;
        var graduates = PortfolioCatalogue.Graduates;

        // 2022/23, the baseline: 2 participations, no prizes, 4 graduates.
        await Add(participation, Participation("2023-03-10", Level.Regional, pupils: 2));
        await Add(graduates, Graduates("2023-06-20", 4));
        // 2023/24: 5 + 1 + 2 (named) participations, 2 + 1 prize-winners, 6 graduates.
        await Add(participation, Participation("2023-11-20", Level.District, pupils: 5));
        await Add(participation, Participation("2024-02-01", Level.National));
        await Add(participation, Participation("2024-03-01", Level.Regional, names: "Айгерім Нұрланқызы, Данияр Серікұлы"));
        await Add(prizes, Prize("2023-12-05", Level.District, ResultKind.Winner, pupils: 2), EntryStatus.Recorded);
        await Add(prizes, Prize("2024-04-10", Level.National, ResultKind.PrizeWinner), EntryStatus.Recorded);
        await Add(prizes, Prize("2024-04-11", Level.National, ResultKind.Participant, pupils: 7), EntryStatus.Recorded);
        await Add(graduates, Graduates("2024-05-25", 6));
        // 2023/24 entries that do not count: not reviewed, returned, draft.
        await Add(participation, Participation("2024-01-15", Level.International, pupils: 40), EntryStatus.Submitted);
        await Add(participation, Participation("2024-01-16", Level.International, pupils: 40), EntryStatus.Returned);
        await Add(graduates, Graduates("2024-05-26", 40), EntryStatus.Draft);
        // 2024/25, both ends of the school year: 3 participations, 1 prize-winner, no graduates.
        await Add(prizes, Prize("2024-09-01", Level.Regional, ResultKind.Winner), EntryStatus.Recorded);
        await Add(participation, Participation("2025-08-31", Level.Regional, pupils: 3));
        // 2025/26: 10 participations, 1 prize-winner (whose new version is still a draft), 2 graduates.
        await Add(participation, Participation("2025-09-01", Level.School, pupils: 10));
        await Add(graduates, Graduates("2025-10-01", 2));
        var revised = await AddAsync(fixture, teacher, EntryStatus.Confirmed, prizes, Prize("2025-09-20", Level.International, ResultKind.Winner));
        await using (var db = fixture.NewDb())
        {
            db.Entries.Add((await LoadAsync(db, revised.Id)).StartNewVersion(PortfolioFixture.TeacherActor(teacher), fixture.UtcNow));
            await db.SaveChangesAsync();
        }

        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ThreeYearAnalysis>().ForTeacherAsync(teacher.Id);
    }

    [Fact]
    public async Task ShowsTheLastThreeSchoolYearsInOrder()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);

        var years = await SeedAndAnalyseAsync(fixture, teacher);

        Assert.Equal(["2023/2024", "2024/2025", "2025/2026"], years.Select(y => y.Figures.Year.ToString()));
    }

    [Fact]
    public async Task CountsPupilsByLevelPerYearFromFinalEntriesOnly()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);

        var years = await SeedAndAnalyseAsync(fixture, teacher);

        var y2023 = years[0].Figures;
        Assert.Equal((0, 5, 2, 1, 0), Levels(y2023.Participations));
        Assert.Equal((0, 2, 0, 1, 0), Levels(y2023.PrizeWinners));
        Assert.Equal((8, 3, 6), (y2023.TotalParticipations, y2023.TotalPrizeWinners, y2023.Graduates));
        var y2024 = years[1].Figures;
        Assert.Equal((0, 0, 3, 0, 0), Levels(y2024.Participations));
        Assert.Equal((0, 0, 1, 0, 0), Levels(y2024.PrizeWinners));
        Assert.Equal(0, y2024.Graduates);
        var y2025 = years[2].Figures;
        Assert.Equal(10, y2025.Participations[Level.School]);
        Assert.Equal(1, y2025.PrizeWinners[Level.International]);
        Assert.Equal(2, y2025.Graduates);
    }

    [Fact]
    public async Task ShowsChangeAgainstThePreviousYearForEveryYear()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);

        var years = await SeedAndAnalyseAsync(fixture, teacher);

        Assert.Equal([(6, 3, 2), (-5, -2, -6), (7, 0, 2)],
            years.Select(y => (y.ParticipationsChange!.Value, y.PrizeWinnersChange!.Value, y.GraduatesChange!.Value)));
    }

    [Fact]
    public async Task AnotherTeachersResultsDoNotCount()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);
        var colleague = await fixture.AddTeacherAsync(school.Id, "Марат Оспанов");
        await AddAsync(fixture, colleague, EntryStatus.Confirmed, PortfolioCatalogue.CompetitionParticipation, Participation("2025-09-10", Level.School, pupils: 12));

        await using var scope = fixture.CreateScope();
        var years = await scope.ServiceProvider.GetRequiredService<ThreeYearAnalysis>().ForTeacherAsync(teacher.Id);

        Assert.All(years, y => Assert.Equal(0, y.Figures.TotalParticipations));
    }

    [Fact]
    public async Task CurrentYearFollowsTheSchoolsCalendar()
    {
        // 1 September 2025, 00:30 in Almaty, still 31 August in UTC.
        await using var fixture = await PortfolioFixture.StartAsync(new DateTimeOffset(2025, 8, 31, 19, 30, 0, TimeSpan.Zero));
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);

        await using var scope = fixture.CreateScope();
        var years = await scope.ServiceProvider.GetRequiredService<ThreeYearAnalysis>().ForTeacherAsync(teacher.Id);

        Assert.Equal(new SchoolYear(2025), years[^1].Figures.Year);
    }

    private static (int School, int District, int Regional, int National, int International) Levels(IReadOnlyDictionary<Level, int> counts) =>
        (counts[Level.School], counts[Level.District], counts[Level.Regional], counts[Level.National], counts[Level.International]);
}
