using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Tests;

public class SchoolCalendarTests
{
    [Theory]
    [InlineData("2025-08-31", 2024)]
    [InlineData("2025-09-01", 2025)]
    [InlineData("2025-12-31", 2025)]
    [InlineData("2026-01-01", 2025)]
    [InlineData("2026-08-31", 2025)]
    public void SchoolYearRunsFromFirstSeptemberToThirtyFirstAugust(string date, int startYear)
    {
        Assert.Equal(new SchoolYear(startYear), SchoolYear.Of(DateOnly.Parse(date)));
    }

    [Fact]
    public void SchoolYearHasItsBoundsAndName()
    {
        var year = new SchoolYear(2025);

        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31)), (year.Start, year.End));
        Assert.Equal("2025/2026", year.ToString());
        Assert.True(year.Contains(new DateOnly(2026, 8, 31)));
        Assert.False(year.Contains(new DateOnly(2026, 9, 1)));
        Assert.False(year.Contains(new DateOnly(2025, 8, 31)));
        Assert.Equal(new SchoolYear(2024), year.Previous);
    }

    [Theory]
    [InlineData("2024-03-01T12:00:00Z")]
    [InlineData("2025-10-15T00:00:00Z")]
    [InlineData("2026-07-01T00:00:00Z")]
    public void AlmatyIsUtcPlusFiveSinceFirstMarch2024(string instant)
    {
        var almaty = SchoolCalendar.FindTimeZone(SchoolCalendar.DefaultTimeZoneId);

        var offset = almaty.GetUtcOffset(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(offset == TimeSpan.FromHours(5),
            $"Asia/Almaty is UTC{offset:\\+hh} at {instant} by this machine's tz data, but Kazakhstan moved to UTC+5 on 1 March 2024: update the tzdata package (2024a or later).");
    }

    [Fact]
    public void AlmatyWasUtcPlusSixBeforeMarch2024()
    {
        var almaty = SchoolCalendar.FindTimeZone(SchoolCalendar.DefaultTimeZoneId);

        Assert.Equal(TimeSpan.FromHours(6), almaty.GetUtcOffset(new DateTimeOffset(2024, 2, 28, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(6), almaty.GetUtcOffset(new DateTimeOffset(2023, 10, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NewSchoolYearBeginsAtAlmatyMidnight()
    {
        // 19:30 UTC on 31 August is 00:30 on 1 September in Almaty.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 8, 31, 18, 59, 0, TimeSpan.Zero));
        var calendar = new SchoolCalendar(time);
        Assert.Equal(new SchoolYear(2024), calendar.CurrentYear());

        time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(new SchoolYear(2025), calendar.CurrentYear());
        Assert.Equal(new DateOnly(2025, 9, 1), calendar.Today());
    }

    [Fact]
    public void LocalWallClockConvertsToUtc()
    {
        var utc = SchoolCalendar.ToUtc(new DateOnly(2025, 10, 16), new TimeOnly(9, 0), SchoolCalendar.DefaultTimeZoneId);

        Assert.Equal(new DateTime(2025, 10, 16, 4, 0, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void UnknownTimeZoneIsRefusedWithItsName()
    {
        var ex = Assert.Throws<ArgumentException>(() => new School("№3 мектеп", "Asia/Atlantis"));

        Assert.Contains("Asia/Atlantis", ex.Message);
    }
}
