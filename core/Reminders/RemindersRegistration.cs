using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Delivery;
using Quartz;

namespace PortfolioBot.Core.Reminders;

public static class RemindersRegistration
{
    /// <summary>
    /// Reminders and delivery: the Quartz jobs that enqueue deadline reminders, personal reminders, digests and
    /// nudges, and the outbox dispatcher that sends them through the registered <see cref="Notifications.INotificationSender"/>.
    /// Call after AddCore.
    /// </summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<QuietHours>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<PersonalReminders>();
        services.AddScoped<ReviewerDigests>();
        services.AddScoped<Nudges>();

        services.AddSingleton<DeliveryLimiter>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        // Quartz's configuration is read now, at registration: the schedule is part of the host's shape.
        var scheduler = builder.Configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        if (!scheduler.Enabled) return builder;
        var reminders = builder.Configuration.GetSection(RemindersOptions.SectionName).Get<RemindersOptions>() ?? new RemindersOptions();
        var scan = TimeSpan.FromMinutes(reminders.ScanIntervalMinutes);
        services.AddQuartz(q =>
        {
            Every<DeadlineReminderJob>(q, DeadlineReminderJob.Key, scan);
            Every<ReviewerDigestJob>(q, ReviewerDigestJob.Key, scan);
            Every<NudgeJob>(q, NudgeJob.Key, scan);
            Every<PersonalReminderJob>(q, PersonalReminderJob.Key, TimeSpan.FromMinutes(reminders.PersonalIntervalMinutes));
            if (scheduler.Store == SchedulerStore.Sqlite)
            {
                q.UsePersistentStore(store =>
                {
                    store.UseSqlite(SqliteConnectionString(builder, scheduler));
                    // Quartz ships the DDL for its own version and creates only what is missing.
                    store.ProvisionSchema();
                });
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    private static void Every<TJob>(IQuartzBuilder q, JobKey key, TimeSpan interval) where TJob : class, IJob =>
        q.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity($"{key.Name}-every", key.Group).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity(key));

    /// <summary>By default a file of its own next to the portfolio database, so the scheduler never waits on the app's writes.</summary>
    internal static string SqliteConnectionString(IHostApplicationBuilder builder, SchedulerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString)) return options.ConnectionString;
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var folder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, storage.DataDirectory));
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "scheduler.db"), Pooling = true }.ToString();
    }
}
