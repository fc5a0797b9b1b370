using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

public class PortfolioDateTests
{
    private static readonly DateOnly Wednesday = new(2025, 10, 15);

    [Theory]
    [InlineData("15.10.2025", 2025, 10, 15)]
    [InlineData("01.09.2024", 2024, 9, 1)]
    [InlineData("1.9.24", 2024, 9, 1)]
    [InlineData("5.3.99", 1999, 3, 5)]
    [InlineData("05/03/2021", 2021, 3, 5)]
    [InlineData("2024-09-01", 2024, 9, 1)]
    [InlineData("2024-9-1", 2024, 9, 1)]
    [InlineData(" 14.10.2025 ", 2025, 10, 14)]
    public void ReadsDayFirstShortAndIsoDates(string text, int year, int month, int day)
    {
        Assert.Equal(DateProblem.None, PortfolioDate.TryParse(text, Wednesday, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("today", 0)]
    [InlineData("Today", 0)]
    [InlineData("сегодня", 0)]
    [InlineData("Сегодня", 0)]
    [InlineData("бүгін", 0)]
    [InlineData("БҮГІН", 0)]
    [InlineData("yesterday", -1)]
    [InlineData("вчера", -1)]
    [InlineData("кеше", -1)]
    [InlineData("Кеше", -1)]
    public void ReadsTodayAndYesterdayInThreeLanguages(string text, int days)
    {
        Assert.Equal(DateProblem.None, PortfolioDate.TryParse(text, Wednesday, out var date));
        Assert.Equal(Wednesday.AddDays(days), date);
    }

    [Theory]
    [InlineData("31.02.2024")]
    [InlineData("30.02.2024")]
    [InlineData("29.02.2025")]
    [InlineData("31.04.2025")]
    [InlineData("00.05.2025")]
    [InlineData("12.13.2025")]
    [InlineData("2025-02-29")]
    public void RefusesDaysTheCalendarDoesNotHave(string text)
    {
        Assert.Equal(DateProblem.NotACalendarDate, PortfolioDate.TryParse(text, Wednesday, out _));
    }

    [Fact]
    public void AcceptsTwentyNinthOfFebruaryInLeapYear()
    {
        Assert.Equal(DateProblem.None, PortfolioDate.TryParse("29.02.2024", Wednesday, out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("15 октября")]
    [InlineData("15.10")]
    [InlineData("2025/10/15/1")]
    [InlineData("завтра")]
    public void UnreadableTextIsUnreadable(string? text)
    {
        Assert.Equal(DateProblem.Unreadable, PortfolioDate.TryParse(text, Wednesday, out _));
    }

    [Fact]
    public void RefusesTomorrow()
    {
        Assert.Equal(DateProblem.InFuture, PortfolioDate.TryParse("16.10.2025", Wednesday, out _));
    }

    [Fact]
    public void ShortYearOfNextYearIsTheFutureNotTheLastCentury()
    {
        var newYearsEve = new DateOnly(2025, 12, 31);

        Assert.Equal(DateProblem.InFuture, PortfolioDate.TryParse("1.1.26", newYearsEve, out var date));
        Assert.Equal(new DateOnly(2026, 1, 1), date);
    }

    [Theory]
    [InlineData("31.12.1949")]
    [InlineData("1949-01-01")]
    [InlineData("01.01.0001")]
    public void RefusesDatesBefore1950(string text)
    {
        Assert.Equal(DateProblem.TooOld, PortfolioDate.TryParse(text, Wednesday, out _));
    }

    [Fact]
    public void AcceptsFirstOfJanuary1950()
    {
        Assert.Equal(DateProblem.None, PortfolioDate.TryParse("01.01.1950", Wednesday, out _));
    }

    [Fact]
    public void AlmatyTomorrowIsTodayWhileUtcIsStillYesterday()
    {
        // 20:00 UTC on 15 October is 01:00 on 16 October in Almaty (UTC+5).
        var calendar = new SchoolCalendar(new FakeTimeProvider(new DateTimeOffset(2025, 10, 15, 20, 0, 0, TimeSpan.Zero)));
        var today = calendar.Today();

        Assert.Equal(new DateOnly(2025, 10, 16), today);
        Assert.Equal(DateProblem.None, PortfolioDate.TryParse("16.10.2025", today, out _));
        Assert.Equal(DateProblem.InFuture, PortfolioDate.TryParse("17.10.2025", today, out _));
    }

    [Fact]
    public void AlmatyTomorrowIsStillTheFutureBeforeMidnightThere()
    {
        // 18:59 UTC is 23:59 in Almaty: the 16th has not begun yet.
        var calendar = new SchoolCalendar(new FakeTimeProvider(new DateTimeOffset(2025, 10, 15, 18, 59, 0, TimeSpan.Zero)));

        Assert.Equal(DateProblem.InFuture, PortfolioDate.TryParse("16.10.2025", calendar.Today(), out _));
    }

    [Fact]
    public void SchoolInAnotherZoneHasItsOwnToday()
    {
        var calendar = new SchoolCalendar(new FakeTimeProvider(new DateTimeOffset(2025, 10, 15, 20, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2025, 10, 15), calendar.Today("Europe/London"));
    }

    [Fact]
    public void EntryRefusesTomorrowAndDatesBefore1950()
    {
        var tomorrow = DetailsFor("s3.master-classes", Today.AddDays(1));
        var old = DetailsFor("s3.master-classes", new DateOnly(1949, 12, 31));

        Assert.Equal(EntryRule.DateInFuture, Assert.Throws<EntryRuleException>(() => new Entry(1, 1, "s3.master-classes", tomorrow, Teacher, Today, Now)).Rule);
        Assert.Equal(EntryRule.DateTooOld, Assert.Throws<EntryRuleException>(() => new Entry(1, 1, "s3.master-classes", old, Teacher, Today, Now)).Rule);
    }

    [Fact]
    public void EditingCannotMoveTheDateIntoTheFuture()
    {
        var entry = Draft();
        var date = entry.Date;

        Assert.Throws<EntryRuleException>(() => entry.Update(DetailsFor(entry.KindCode, Today.AddDays(1)), Teacher, Today, Now));
        Assert.Equal(date, entry.Date);
    }
}
