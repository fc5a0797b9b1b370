using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Tests.Reminders;

public sealed class QuietHoursTests
{
    [Theory]
    [InlineData(23, 30, 1)]
    [InlineData(6, 0, 0)]
    [InlineData(20, 0, 1)]
    public async Task ReminderFallingDueAtNightWaitsForNineInTheMorning(int hour, int minute, int nextDay)
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        await world.LinkedTeacherAsync(school.Id);
        var day = world.Today.AddDays(1);
        await world.AddDeadlineAsync(school.Id, day.AddDays(7), DeadlineRequirement.AllEntriesSubmitted);

        world.AdvanceTo(day, hour, minute);
        await world.RunDeadlinesAsync();

        var message = Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder));
        var expected = SchoolCalendar.ToUtc(day.AddDays(nextDay), new TimeOnly(9, 0), SchoolCalendar.DefaultTimeZoneId);
        Assert.Equal(expected, message.NextAttemptAt);
        Assert.Equal(DateTimeKind.Utc, message.NextAttemptAt.Kind);
    }

    [Fact]
    public async Task ReminderInDaytimeIsDueAtOnce()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        await world.LinkedTeacherAsync(school.Id);
        await world.AddDeadlineAsync(school.Id, world.Today.AddDays(7), DeadlineRequirement.AllEntriesSubmitted);
        world.AdvanceTo(world.Today, 19, 59);

        await world.RunDeadlinesAsync();

        Assert.Equal(world.UtcNow, Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder)).NextAttemptAt);
    }

    [Fact]
    public async Task QuietHoursFollowConfiguration()
    {
        await using var world = await ReminderWorld.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Reminders:QuietStart"] = "22:00",
            ["Reminders:QuietEnd"] = "07:30",
        });
        var school = await world.Fixture.AddSchoolAsync();
        await world.LinkedTeacherAsync(school.Id);
        await world.AddDeadlineAsync(school.Id, world.Today.AddDays(7), DeadlineRequirement.AllEntriesSubmitted);
        world.AdvanceTo(world.Today, 21, 0);

        await world.RunDeadlinesAsync();

        Assert.Equal(world.UtcNow, Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder)).NextAttemptAt);
    }
}
