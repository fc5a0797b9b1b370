using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

public sealed class DeadlineProgressTests : IAsyncLifetime
{
    private PortfolioFixture _fixture = null!;
    private Teacher _teacher = null!;

    public async Task InitializeAsync()
    {
        _fixture = await PortfolioFixture.StartAsync();
        _teacher = await _fixture.AddTeacherAsync((await _fixture.AddSchoolAsync()).Id);
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task ConfirmedEntryInEverySectionMeetsTheDeadlineAndMissingSectionsAreNamed()
    {
        var date = new DateOnly(2025, 9, 10);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s1.courses", "Курсы", date, EntryStatus.Recorded);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s2.additional-education", "Кружок", date);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s3.author-programmes", "Программа", date, EntryStatus.Submitted);

        var before = await StandingAsync(DeadlineRequirement.ConfirmedEntryInEverySection);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s3.master-classes", "Семинар", date);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Выставка", date);
        var after = await StandingAsync(DeadlineRequirement.ConfirmedEntryInEverySection);

        Assert.False(before.Met);
        Assert.Equal([3, 4], before.SectionsMissing);
        Assert.True(after.Met);
    }

    [Fact]
    public async Task DraftOrReturnedEntryMeansNotEverythingWasSubmitted()
    {
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Отправлено", new DateOnly(2025, 9, 1), EntryStatus.Submitted);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Возвращено", new DateOnly(2025, 9, 2), EntryStatus.Returned);

        var standing = await StandingAsync(DeadlineRequirement.AllEntriesSubmitted);

        Assert.Equal((false, 1), (standing.Met, standing.EntriesNotSubmitted));
    }

    [Fact]
    public async Task AttestationAudienceTakesTeachersWhoseAttestationFallsInThisSchoolYear()
    {
        var dueNextSpring = await _fixture.AddTeacherAsync(_teacher.SchoolId, "Аттестация Весной");
        var dueLater = await _fixture.AddTeacherAsync(_teacher.SchoolId, "Аттестация Позже");
        await using (var db = _fixture.NewDb())
        {
            foreach (var (id, awarded) in new[] { (dueNextSpring.Id, new DateOnly(2021, 4, 1)), (dueLater.Id, new DateOnly(2022, 4, 1)) })
            {
                var t = await db.Teachers.FindAsync(id);
                t!.SetCategory(QualificationCategory.Moderator, awarded, _fixture.Today);
            }
            await db.SaveChangesAsync();
        }
        var deadline = await AddDeadlineAsync(DeadlineAudience.AttestationDueThisYear, DeadlineRequirement.ConfirmedEntryInEverySection);

        await using var scope = _fixture.CreateScope();
        var audience = await scope.ServiceProvider.GetRequiredService<DeadlineProgress>().AudienceAsync(deadline);

        Assert.Equal(["Аттестация Весной"], audience.Select(a => a.FullName));
    }

    private async Task<DeadlineStanding> StandingAsync(DeadlineRequirement requirement)
    {
        var deadline = await AddDeadlineAsync(DeadlineAudience.WholeSchool, requirement);
        await using var scope = _fixture.CreateScope();
        return Assert.Single(await scope.ServiceProvider.GetRequiredService<DeadlineProgress>().StandingsAsync(deadline));
    }

    private async Task<Deadline> AddDeadlineAsync(DeadlineAudience audience, DeadlineRequirement requirement)
    {
        await using var db = _fixture.NewDb();
        var deadline = new Deadline(_teacher.SchoolId, "Портфолио к аттестации", new DateOnly(2025, 12, 20), audience, requirement, null, _fixture.UtcNow);
        db.Deadlines.Add(deadline);
        await db.SaveChangesAsync();
        return deadline;
    }
}
