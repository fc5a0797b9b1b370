using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;

namespace PortfolioBot.Core.Tests.Reminders;

public sealed class PersonalReminderTests
{
    [Fact]
    public async Task RemindMeTomorrowBringsTheDraftBackADayLater()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var draft = await world.AddEntryAsync(teacher, 3, EntryStatus.Draft, "Шебер класс");
        await world.RunAsync<PersonalReminders>(async r => (await r.ScheduleAsync(teacher.Id, draft.Id, RemindIn.Tomorrow))!.Id);

        world.Fixture.Time.Advance(TimeSpan.FromHours(23));
        var early = await world.RunAsync<PersonalReminders>(r => r.FireDueAsync());
        world.Fixture.Time.Advance(TimeSpan.FromHours(1));
        var due = await world.RunAsync<PersonalReminders>(r => r.FireDueAsync());
        var again = await world.RunAsync<PersonalReminders>(r => r.FireDueAsync());

        Assert.Equal((0, 1, 0), (early, due, again));
        var message = Assert.Single(await world.OutboxAsync(NotificationKind.DraftReminder));
        Assert.Equal(new DraftReminderPayload(draft.Id, "Шебер класс", "s3.new-technologies"), ReminderWorld.Payload<DraftReminderPayload>(message));
        Assert.Equal(teacher.Id, message.TeacherId);
    }

    [Fact]
    public async Task DraftSubmittedBeforeTheReminderIsNotRemindedAbout()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var draft = await world.AddEntryAsync(teacher, 3, EntryStatus.Draft);
        await world.RunAsync<PersonalReminders>(async r => (await r.ScheduleAsync(teacher.Id, draft.Id, RemindIn.ThreeDays))!.Id);
        await world.ChangeEntryAsync(draft.Id, e => e.Submit(true, ReminderWorld.Reviewer, world.UtcNow));

        world.Fixture.Time.Advance(TimeSpan.FromDays(3));
        await world.RunAsync<PersonalReminders>(r => r.FireDueAsync());

        Assert.Empty(await world.OutboxAsync(NotificationKind.DraftReminder));
    }

    [Fact]
    public async Task NewRemindMeChoiceReplacesTheOpenOne()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var draft = await world.AddEntryAsync(teacher, 2, EntryStatus.Draft);
        await world.RunAsync<PersonalReminders>(async r => (await r.ScheduleAsync(teacher.Id, draft.Id, RemindIn.Tomorrow))!.Id);
        await world.RunAsync<PersonalReminders>(async r => (await r.ScheduleAsync(teacher.Id, draft.Id, RemindIn.NextWeek))!.Id);

        world.Fixture.Time.Advance(TimeSpan.FromDays(2));
        var afterTwoDays = await world.RunAsync<PersonalReminders>(r => r.FireDueAsync());
        world.Fixture.Time.Advance(TimeSpan.FromDays(5));
        var afterAWeek = await world.RunAsync<PersonalReminders>(r => r.FireDueAsync());

        Assert.Equal((0, 1), (afterTwoDays, afterAWeek));
    }

    [Fact]
    public async Task OnlyTheOwnerCanAskToBeRemindedOfADraft()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var owner = await world.LinkedTeacherAsync(school.Id, "Дина Ахметова");
        var other = await world.LinkedTeacherAsync(school.Id, "Ерлан Беков");
        var draft = await world.AddEntryAsync(owner, 2, EntryStatus.Draft);

        var created = await world.RunAsync<PersonalReminders>(async r => (await r.ScheduleAsync(other.Id, draft.Id, RemindIn.Tomorrow))?.Id ?? 0);

        Assert.Equal(0, created);
    }
}
