using Quartz;

namespace PortfolioBot.Core.Reminders;

// Thin Quartz wrappers: the work is in the services, which tests drive directly with a fake clock.
// Every job is [DisallowConcurrentExecution]: two overlapping scans would race for the same slots (the unique
// slot keys would still stop a duplicate, but one run would fail half-way for nothing).

[DisallowConcurrentExecution]
public sealed class DeadlineReminderJob(DeadlineReminders reminders) : IJob
{
    public static readonly JobKey Key = new("deadline-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await reminders.RunAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class PersonalReminderJob(PersonalReminders reminders) : IJob
{
    public static readonly JobKey Key = new("personal-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await reminders.FireDueAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class ReviewerDigestJob(ReviewerDigests digests) : IJob
{
    public static readonly JobKey Key = new("reviewer-digests", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await digests.RunAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class NudgeJob(Nudges nudges) : IJob
{
    public static readonly JobKey Key = new("nudges", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await nudges.RunAsync(cancellationToken);
}
