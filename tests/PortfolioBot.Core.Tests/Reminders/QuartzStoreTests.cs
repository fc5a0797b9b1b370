using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Testing;
using Quartz;

namespace PortfolioBot.Core.Tests.Reminders;

public sealed class QuartzStoreTests
{
    [Fact]
    public async Task SqliteStoreCreatesItsSchemaAndRunsAReminderJob()
    {
        await using var world = await ReminderWorld.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "true",
            ["Scheduler:Store"] = "Sqlite",
        });
        var school = await world.Fixture.AddSchoolAsync();
        var teacher = await world.LinkedTeacherAsync(school.Id);
        var draft = await world.AddEntryAsync(teacher, 2, EntryStatus.Draft);
        await world.RunAsync<PersonalReminders>(async r => (await r.ScheduleAsync(teacher.Id, draft.Id, RemindIn.Tomorrow))!.Id);
        world.Fixture.Time.Advance(TimeSpan.FromDays(1));
        var scheduler = await world.Fixture.Get<ISchedulerFactory>().GetScheduler();
        var ran = new JobSignal(PersonalReminderJob.Key);
        scheduler.ListenerManager.AddJobListener(ran, []);

        await scheduler.TriggerJob(PersonalReminderJob.Key, new JobDataMap());
        var error = await ran.Executed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(error);
        Assert.Single(await world.OutboxAsync(NotificationKind.DraftReminder));
        Assert.Equal(["deadline-reminders", "nudges", "personal-reminders", "reviewer-digests"], await StoredJobsAsync(world.Fixture));
    }

    [Fact]
    public async Task InMemorySchedulerRunsTheDeadlineScanWhenTheFakeClockReachesTheNextInterval()
    {
        // 23:50 in Almaty: the scan at start finds the deadline 15 days away (nothing to send); the scan due
        // 15 minutes later runs after midnight, when it is 14 days away.
        var lateEvening = new DateTimeOffset(2025, 10, 15, 18, 50, 0, TimeSpan.Zero);
        await using var world = await ReminderWorld.StartAsync(lateEvening, new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "true",
            ["Reminders:ScanIntervalMinutes"] = "15",
        });
        var school = await world.Fixture.AddSchoolAsync();
        await world.LinkedTeacherAsync(school.Id);
        await world.AddDeadlineAsync(school.Id, world.Today.AddDays(15), Deadlines.DeadlineRequirement.AllEntriesSubmitted);
        var scheduler = await world.Fixture.Get<ISchedulerFactory>().GetScheduler();
        var ran = new JobSignal(DeadlineReminderJob.Key, lateEvening.AddMinutes(15));
        scheduler.ListenerManager.AddJobListener(ran, []);

        world.Fixture.Time.Advance(TimeSpan.FromMinutes(15));
        var error = await ran.Executed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(error);
        var reminder = Assert.Single(await world.OutboxAsync(NotificationKind.DeadlineReminder));
        Assert.Equal("d-14", ReminderWorld.Payload<DeadlineReminderPayload>(reminder).Slot);
    }

    private static async Task<List<string>> StoredJobsAsync(PortfolioFixture fixture)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.DataDirectory, "scheduler.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT JOB_NAME FROM QRTZ_JOB_DETAILS ORDER BY JOB_NAME";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>Completes when <paramref name="key"/> has run for a fire scheduled at or after <paramref name="notBefore"/>.</summary>
    private sealed class JobSignal(JobKey key, DateTimeOffset? notBefore = null) : IJobListener
    {
        private readonly TaskCompletionSource<JobExecutionException?> _executed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<JobExecutionException?> Executed => _executed.Task;
        public string Name => "test-signal";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => default;
        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => default;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Equals(key) && (notBefore is null || context.ScheduledFireTimeUtc >= notBefore)) _executed.TrySetResult(jobException);
            return default;
        }
    }
}
