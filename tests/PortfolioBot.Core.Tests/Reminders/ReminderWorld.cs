using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests.Reminders;

/// <summary>The real core plus AddReminders on a temp SQLite file, with the reminder services driven by hand on a fake clock.</summary>
internal sealed class ReminderWorld : IAsyncDisposable
{
    public static readonly Actor Reviewer = Actor.Staff(999, "Гүлнар Әбенқызы");
    private static readonly string[] KindBySection = ["", "s1.courses", "s2.other", "s3.new-technologies", "s4.creative-works"];
    private long _nextChat = 5000;

    private ReminderWorld(PortfolioFixture fixture) => Fixture = fixture;

    public PortfolioFixture Fixture { get; }
    public DateTime UtcNow => Fixture.UtcNow;
    public DateOnly Today => Fixture.Today;

    public static async Task<ReminderWorld> StartAsync(DateTimeOffset? now = null, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false", ["Delivery:Enabled"] = "false" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        return new ReminderWorld(await PortfolioFixture.StartAsync(now, all, b => b.AddReminders()));
    }

    /// <summary>Moves the fake clock to the given local wall-clock time (Almaty) on the current or a later day.</summary>
    public void AdvanceTo(DateOnly date, int hour, int minute = 0)
    {
        var target = SchoolCalendar.ToUtc(date, new TimeOnly(hour, minute), SchoolCalendar.DefaultTimeZoneId);
        Fixture.Time.SetUtcNow(new DateTimeOffset(target, TimeSpan.Zero));
    }

    public async Task<Teacher> LinkedTeacherAsync(int schoolId, string name = "Әсел Серікова", string language = "ru")
    {
        var teacher = await Fixture.AddTeacherAsync(schoolId, name);
        await using var db = Fixture.NewDb();
        var chat = (++_nextChat).ToString(CultureInfo.InvariantCulture);
        var account = new ChatAccount("telegram", chat, chat, language, UtcNow);
        account.LinkTeacher(teacher.Id, UtcNow);
        db.ChatAccounts.Add(account);
        await db.SaveChangesAsync();
        return teacher;
    }

    public async Task<StaffMember> LinkedReviewerAsync(params int[] schoolIds)
    {
        await using var db = Fixture.NewDb();
        var staff = new StaffMember("Гүлнар Әбенқызы", StaffRole.Reviewer, UtcNow);
        staff.AssignSchools(schoolIds);
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        var chat = (++_nextChat).ToString(CultureInfo.InvariantCulture);
        var account = new ChatAccount("telegram", chat, chat, "kk", UtcNow);
        account.LinkStaff(staff.Id, UtcNow);
        db.ChatAccounts.Add(account);
        await db.SaveChangesAsync();
        return staff;
    }

    public async Task<Entry> AddEntryAsync(Teacher teacher, int section, EntryStatus status, string title = "Ашық сабақ")
    {
        await using var db = Fixture.NewDb();
        var actor = PortfolioFixture.TeacherActor(teacher);
        var entry = new Entry(teacher.Id, teacher.SchoolId, KindBySection[section], new EntryDetails(title, Today), actor, Today, UtcNow);
        if (status != EntryStatus.Draft) entry.Submit(status != EntryStatus.Recorded, actor, UtcNow);
        if (status == EntryStatus.Confirmed) entry.Confirm(Reviewer, UtcNow);
        if (status == EntryStatus.Returned) entry.Return(Reviewer, "Растайтын құжатты қосыңыз", UtcNow);
        db.Entries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    public async Task ChangeEntryAsync(int entryId, Action<Entry> change)
    {
        await using var db = Fixture.NewDb();
        var entry = await db.Entries.FirstAsync(e => e.Id == entryId);
        change(entry);
        await db.SaveChangesAsync();
    }

    public async Task ChangeTeacherAsync(int teacherId, Action<Teacher> change)
    {
        await using var db = Fixture.NewDb();
        change(await db.Teachers.FirstAsync(t => t.Id == teacherId));
        await db.SaveChangesAsync();
    }

    public async Task<Deadline> AddDeadlineAsync(int schoolId, DateOnly dueOn, DeadlineRequirement requirement,
        DeadlineAudience audience = DeadlineAudience.WholeSchool, params int[] chosen)
    {
        await using var db = Fixture.NewDb();
        var deadline = new Deadline(schoolId, "Аттестацияға портфолио", dueOn, audience, requirement, null, UtcNow);
        deadline.ChooseTeachers(chosen);
        db.Deadlines.Add(deadline);
        await db.SaveChangesAsync();
        return deadline;
    }

    public async Task<int> RunAsync<TService>(Func<TService, Task<int>> run) where TService : notnull
    {
        await using var scope = Fixture.CreateScope();
        return await run(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<int> RunDeadlinesAsync() => RunAsync<DeadlineReminders>(r => r.RunAsync());

    public async Task<List<OutboxMessage>> OutboxAsync(NotificationKind kind)
    {
        await using var db = Fixture.NewDb();
        return await db.Outbox.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync();
    }

    public static T Payload<T>(OutboxMessage m) => JsonSerializer.Deserialize<T>(m.PayloadJson)!;

    public ValueTask DisposeAsync() => Fixture.DisposeAsync();
}
