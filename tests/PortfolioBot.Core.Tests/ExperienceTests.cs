using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Tests;

public class ExperienceTests
{
    [Theory]
    [InlineData("2020-01-15", "2020-01-15", 0, 0)]
    [InlineData("2020-01-15", "2020-02-14", 0, 0)]
    [InlineData("2020-01-15", "2020-02-15", 0, 1)]
    [InlineData("2020-01-31", "2020-02-29", 0, 1)]
    [InlineData("2021-01-31", "2021-02-28", 0, 1)]
    [InlineData("2021-01-31", "2021-02-27", 0, 0)]
    [InlineData("2020-02-29", "2021-02-28", 1, 0)]
    [InlineData("2020-02-29", "2024-02-29", 4, 0)]
    [InlineData("2020-03-31", "2020-04-30", 0, 1)]
    [InlineData("2005-09-01", "2025-08-31", 19, 11)]
    [InlineData("2005-09-01", "2025-09-01", 20, 0)]
    [InlineData("1999-12-31", "2025-10-15", 25, 9)]
    public void ExperienceCountsWholeMonthsAndYears(string since, string asOf, int years, int months)
    {
        Assert.Equal(new Experience(years, months), Experience.Between(DateOnly.Parse(since), DateOnly.Parse(asOf)));
    }

    [Fact]
    public void ExperienceBeforeStartIsZero()
    {
        Assert.Equal(new Experience(0, 0), Experience.Between(new DateOnly(2025, 9, 1), new DateOnly(2025, 8, 31)));
    }

    [Fact]
    public void ExperienceGrowsWithTheDateAskedFor()
    {
        var teacher = new Teacher(1, "Марат Оспанов", DateTime.UtcNow);
        teacher.SetExperienceStarts(new DateOnly(2010, 9, 1), new DateOnly(2012, 9, 1), new DateOnly(2020, 9, 1), new DateOnly(2025, 10, 15));

        Assert.Equal(new Experience(15, 1), teacher.TotalExperience(new DateOnly(2025, 10, 15)));
        Assert.Equal(new Experience(16, 0), teacher.TotalExperience(new DateOnly(2026, 9, 1)));
        Assert.Equal(new Experience(13, 1), teacher.PedagogicalExperience(new DateOnly(2025, 10, 15)));
        Assert.Equal(new Experience(5, 1), teacher.SchoolExperience(new DateOnly(2025, 10, 15)));
    }

    [Fact]
    public void ExperienceIsUnknownUntilItsStartIsGiven()
    {
        var teacher = new Teacher(1, "Марат Оспанов", DateTime.UtcNow);

        Assert.Null(teacher.TotalExperience(new DateOnly(2025, 10, 15)));
    }

    [Fact]
    public void ExperienceCannotStartInTheFuture()
    {
        var teacher = new Teacher(1, "Марат Оспанов", DateTime.UtcNow);

        Assert.Throws<ArgumentOutOfRangeException>(() => teacher.SetExperienceStarts(new DateOnly(2025, 10, 16), null, null, new DateOnly(2025, 10, 15)));
    }

    [Theory]
    [InlineData("2021-05-20", "2026-05-20")]
    [InlineData("2020-02-29", "2025-02-28")]
    [InlineData("2024-12-31", "2029-12-31")]
    public void NextAttestationIsFiveYearsAfterTheAward(string awarded, string due)
    {
        var teacher = new Teacher(1, "Марат Оспанов", DateTime.UtcNow);

        teacher.SetCategory(QualificationCategory.Moderator, DateOnly.Parse(awarded), new DateOnly(2025, 10, 15));

        Assert.Equal(DateOnly.Parse(due), teacher.NextAttestationDue);
    }

    [Fact]
    public void NoCategoryMeansNoAttestationDate()
    {
        var teacher = new Teacher(1, "Марат Оспанов", DateTime.UtcNow);
        teacher.SetCategory(QualificationCategory.Master, new DateOnly(2021, 5, 20), new DateOnly(2025, 10, 15));

        teacher.SetCategory(null, null, new DateOnly(2025, 10, 15));

        Assert.Null(teacher.NextAttestationDue);
    }

    [Fact]
    public void CategoryNeedsTheDateItWasAwarded()
    {
        var teacher = new Teacher(1, "Марат Оспанов", DateTime.UtcNow);

        Assert.Throws<ArgumentException>(() => teacher.SetCategory(QualificationCategory.Expert, null, new DateOnly(2025, 10, 15)));
    }
}
