using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests.Reminders;

public sealed class DeadlineReminderTests
{
    [Fact]
    public async Task RemindersComeAtEachOffsetThenWeeklyWhileOverdue()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var start = world.Today;
        var due = start.AddDays(20);
        await world.AddDeadlineAsync(school.Id, due, DeadlineRequirement.ConfirmedEntryInEverySection);

        // Six weeks of simulated mornings and evenings; every scan runs twice to show a slot is sent once.
        var sentOn = new List<(DateOnly Day, string Slot)>();
        for (var day = start; day <= due.AddDays(22); day = day.AddDays(1))
        {
            foreach (var hour in new[] { 10, 18 })
            {
                world.AdvanceTo(day, hour);
                await world.RunDeadlinesAsync();
                await world.RunDeadlinesAsync();
            }
            var all = await world.OutboxAsync(NotificationKind.DeadlineReminder);
            foreach (var m in all.Skip(sentOn.Count)) sentOn.Add((day, ReminderWorld.Payload<DeadlineReminderPayload>(m).Slot));
        }

        Assert.Equal(
            [(due.AddDays(-14), "d-14"), (due.AddDays(-7), "d-7"), (due.AddDays(-3), "d-3"), (due.AddDays(-1), "d-1"), (due, "d-0"),
             (due.AddDays(7), "overdue-1"), (due.AddDays(14), "overdue-2"), (due.AddDays(21), "overdue-3")],
            sentOn);
        Assert.All(await world.OutboxAsync(NotificationKind.DeadlineReminder), m => Assert.Equal(teacher.Id, m.TeacherId));
    }

    [Fact]
    public async Task ReminderSaysWhichSectionsAreStillMissing()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        await world.AddEntryAsync(teacher, 1, EntryStatus.Recorded);
        await world.AddEntryAsync(teacher, 2, EntryStatus.Confirmed);
        await world.AddEntryAsync(teacher, 3, EntryStatus.Submitted);
        await world.AddDeadlineAsync(school.Id, world.Today.AddDays(7), DeadlineRequirement.ConfirmedEntryInEverySection);

        await world.RunDeadlinesAsync();

        var payload = ReminderWorld.Payload<DeadlineReminderPayload>(Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder)));
        Assert.Equal([3, 4], payload.MissingSections);
        Assert.Equal("d-7", payload.Slot);
    }

    [Fact]
    public async Task TeacherWhoMeetsTheDeadlineGetsNoFurtherReminders()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var diligent = await world.LinkedTeacherAsync(school.Id, "Дина Ахметова");
        var late = await world.LinkedTeacherAsync(school.Id, "Ерлан Беков");
        for (var s = 1; s <= 3; s++) await world.AddEntryAsync(diligent, s, EntryStatus.Confirmed);
        var due = world.Today.AddDays(7);
        await world.AddDeadlineAsync(school.Id, due, DeadlineRequirement.ConfirmedEntryInEverySection);
        await world.RunDeadlinesAsync();

        await world.AddEntryAsync(diligent, 4, EntryStatus.Confirmed);
        world.AdvanceTo(due.AddDays(-3), 10);
        await world.RunDeadlinesAsync();
        world.AdvanceTo(due.AddDays(14), 10);
        await world.RunDeadlinesAsync();

        var reminders = await world.OutboxAsync(NotificationKind.DeadlineReminder);
        Assert.Single(reminders, m => m.TeacherId == diligent.Id);
        Assert.Equal(3, reminders.Count(m => m.TeacherId == late.Id));
    }

    [Fact]
    public async Task NewVersionOfTheOnlyConfirmedEntryInASectionKeepsTheSectionCovered()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var revising = await world.LinkedTeacherAsync(school.Id, "Дина Ахметова");
        var missing = await world.LinkedTeacherAsync(school.Id, "Ерлан Беков");
        for (var s = 1; s <= 3; s++)
        {
            await world.AddEntryAsync(revising, s, EntryStatus.Confirmed);
            await world.AddEntryAsync(missing, s, EntryStatus.Confirmed);
        }
        var onlyInSection4 = await world.AddEntryAsync(revising, 4, EntryStatus.Confirmed);
        await using (var db = world.Fixture.NewDb())
        {
            var confirmed = await db.Entries.FirstAsync(e => e.Id == onlyInSection4.Id);
            db.Entries.Add(confirmed.StartNewVersion(PortfolioFixture.TeacherActor(revising), world.UtcNow));
            await db.SaveChangesAsync();
        }
        await world.AddDeadlineAsync(school.Id, world.Today.AddDays(7), DeadlineRequirement.ConfirmedEntryInEverySection);

        await world.RunDeadlinesAsync();

        var reminder = Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder));
        Assert.Equal(missing.Id, reminder.TeacherId);
        Assert.Equal([4], ReminderWorld.Payload<DeadlineReminderPayload>(reminder).MissingSections);
    }

    [Fact]
    public async Task AllEntriesSubmittedCountsDraftsAndReturnedUntilTheyAreSubmitted()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var draft = await world.AddEntryAsync(teacher, 2, EntryStatus.Draft);
        await world.AddEntryAsync(teacher, 3, EntryStatus.Returned);
        var due = world.Today.AddDays(3);
        await world.AddDeadlineAsync(school.Id, due, DeadlineRequirement.AllEntriesSubmitted);

        await world.RunDeadlinesAsync();
        await world.ChangeEntryAsync(draft.Id, e => e.Submit(true, ReminderWorld.Reviewer, world.UtcNow));
        world.AdvanceTo(due.AddDays(-1), 10);
        await world.RunDeadlinesAsync();

        var payloads = (await world.OutboxAsync(NotificationKind.DeadlineReminder)).Select(ReminderWorld.Payload<DeadlineReminderPayload>).ToList();
        Assert.Equal([(1, 1), (0, 1)], payloads.Select(p => (p.Drafts, p.Returned)));
    }

    [Fact]
    public async Task AttestationAudienceOnlyRemindsTeachersDueThisSchoolYear()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var due = await world.LinkedTeacherAsync(school.Id, "Айгүл Қасымова");
        var notDue = await world.LinkedTeacherAsync(school.Id, "Марат Оспанов");
        await world.ChangeTeacherAsync(due.Id, t => t.SetCategory(QualificationCategory.Expert, new DateOnly(2021, 2, 10), world.Today));
        await world.ChangeTeacherAsync(notDue.Id, t => t.SetCategory(QualificationCategory.Expert, new DateOnly(2023, 2, 10), world.Today));
        await world.AddDeadlineAsync(school.Id, world.Today.AddDays(1), DeadlineRequirement.ConfirmedEntryInEverySection, DeadlineAudience.AttestationDueThisYear);

        await world.RunDeadlinesAsync();

        Assert.Equal(due.Id, Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder)).TeacherId);
    }

    [Fact]
    public async Task ChosenTeachersAudienceRemindsOnlyThem()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        var chosen = await world.LinkedTeacherAsync(school.Id, "Айгүл Қасымова");
        await world.LinkedTeacherAsync(school.Id, "Марат Оспанов");
        await world.AddDeadlineAsync(school.Id, world.Today, DeadlineRequirement.AllEntriesSubmitted, DeadlineAudience.ChosenTeachers, chosen.Id);

        await world.RunDeadlinesAsync();

        Assert.Equal(chosen.Id, Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder)).TeacherId);
    }

    [Fact]
    public async Task DeadlineFurtherAwayThanTheFirstOffsetSendsNothingYet()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        await world.LinkedTeacherAsync(school.Id);
        await world.AddDeadlineAsync(school.Id, world.Today.AddDays(15), DeadlineRequirement.AllEntriesSubmitted);

        Assert.Equal(0, await world.RunDeadlinesAsync());
    }

    [Fact]
    public async Task ArchivedDeadlineSendsNothing()
    {
        await using var world = await ReminderWorld.StartAsync();
        var school = await world.Fixture.AddSchoolAsync();
        await world.LinkedTeacherAsync(school.Id);
        var deadline = await world.AddDeadlineAsync(school.Id, world.Today.AddDays(1), DeadlineRequirement.AllEntriesSubmitted);
        await using (var db = world.Fixture.NewDb())
        {
            var d = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Deadlines, x => x.Id == deadline.Id);
            d.Archive(world.UtcNow);
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, await world.RunDeadlinesAsync());
    }
}
