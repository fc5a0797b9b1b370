using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;

namespace PortfolioBot.Core.Tests.Reminders;

public sealed class DigestAndNudgeTests
{
    [Fact]
    public async Task ReviewerGetsOneMorningDigestADayWithWaitingCountAndOldestAge()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var otherSchool = await world.Fixture.AddSchoolAsync("Мектеп-лицей №2");
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var stranger = await world.LinkedTeacherAsync(otherSchool.Id, "Марат Оспанов");
        await world.AddEntryAsync(teacher, 2, EntryStatus.Submitted);
        await world.AddEntryAsync(stranger, 2, EntryStatus.Submitted);
        var reviewer = await world.LinkedReviewerAsync(school.Id);
        world.Fixture.Time.Advance(TimeSpan.FromDays(3));
        await world.AddEntryAsync(teacher, 3, EntryStatus.Submitted);
        var day = world.Today.AddDays(1);

        world.AdvanceTo(day, 8, 30);
        var beforeNine = await world.RunAsync<ReviewerDigests>(d => d.RunAsync());
        world.AdvanceTo(day, 9, 15);
        var atNine = await world.RunAsync<ReviewerDigests>(d => d.RunAsync());
        world.AdvanceTo(day, 13, 0);
        var sameDay = await world.RunAsync<ReviewerDigests>(d => d.RunAsync());
        world.AdvanceTo(day.AddDays(1), 9, 0);
        var nextDay = await world.RunAsync<ReviewerDigests>(d => d.RunAsync());

        Assert.Equal((0, 1, 0, 1), (beforeNine, atNine, sameDay, nextDay));
        var first = (await world.OutboxAsync(NotificationKind.ReviewerDigest))[0];
        Assert.Equal(reviewer.Id, first.StaffMemberId);
        var digest = ReminderWorld.Payload<ReviewerDigestPayload>(first);
        Assert.Equal((2, 3), (digest.Waiting, digest.OldestWaitingDays));
        Assert.Equal(["Школа-гимназия №1"], digest.Schools);
    }

    [Fact]
    public async Task ReviewerWithNothingWaitingGetsNoDigest()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        await world.AddEntryAsync(teacher, 2, EntryStatus.Confirmed);
        await world.LinkedReviewerAsync(school.Id);

        Assert.Equal(0, await world.RunAsync<ReviewerDigests>(d => d.RunAsync()));
    }

    [Fact]
    public async Task SilentTeacherIsNudgedOncePerPeriod()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        await world.LinkedTeacherAsync(school.Id);
        var start = world.Today;

        var nudgedOn = new List<int>();
        for (var day = 1; day <= 75; day++)
        {
            world.AdvanceTo(start.AddDays(day), 11);
            if (await world.RunAsync<Nudges>(n => n.RunAsync()) > 0) nudgedOn.Add(day);
        }

        Assert.Equal([30, 60], nudgedOn);
        Assert.Equal(30, ReminderWorld.Payload<NudgePayload>((await world.OutboxAsync(NotificationKind.Nudge))[0]).InactiveDays);
    }

    [Fact]
    public async Task MutedTeacherIsNotNudgedAndUnmutingResumes()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        await world.ChangeTeacherAsync(teacher.Id, t => t.NudgesMuted = true);

        world.AdvanceTo(world.Today.AddDays(40), 11);
        var whileMuted = await world.RunAsync<Nudges>(n => n.RunAsync());
        await world.ChangeTeacherAsync(teacher.Id, t => t.NudgesMuted = false);
        var unmuted = await world.RunAsync<Nudges>(n => n.RunAsync());

        Assert.Equal((0, 1), (whileMuted, unmuted));
    }

    [Fact]
    public async Task ActivityRestartsTheNudgeClock()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var start = world.Today;

        world.AdvanceTo(start.AddDays(25), 11);
        await world.ChangeTeacherAsync(teacher.Id, t => t.TouchActivity(world.UtcNow));
        world.AdvanceTo(start.AddDays(45), 11);
        var twentyDaysAfterActivity = await world.RunAsync<Nudges>(n => n.RunAsync());
        world.AdvanceTo(start.AddDays(55), 11);
        var thirtyDaysAfterActivity = await world.RunAsync<Nudges>(n => n.RunAsync());

        Assert.Equal((0, 1), (twentyDaysAfterActivity, thirtyDaysAfterActivity));
    }
}
