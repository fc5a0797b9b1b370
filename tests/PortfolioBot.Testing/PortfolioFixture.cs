using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Core;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Testing;

/// <summary>
/// The core running as the product runs it: a real SQLite file in a temp folder, committed migrations applied
/// at start, and a <see cref="FakeTimeProvider"/> for "now".
/// </summary>
public sealed class PortfolioFixture : IAsyncDisposable
{
    /// <summary>10:00 in Almaty on a school day (Wednesday 15 October 2025).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 10, 15, 5, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder;
    private readonly IHost _host;

    private PortfolioFixture(TempFolder folder, IHost host, FakeTimeProvider time)
    {
        _folder = folder;
        _host = host;
        Time = time;
    }

    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => _host.Services;
    public string DataDirectory => _folder.Path;
    public StoragePaths Paths => Services.GetRequiredService<StoragePaths>();

    public static async Task<PortfolioFixture> StartAsync(DateTimeOffset? now = null, IDictionary<string, string?>? settings = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var folder = new TempFolder();
        var time = new FakeTimeProvider(now ?? DefaultNow);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder.Path, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder.Path });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCore();
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(time);
        configure?.Invoke(builder);
        var host = builder.Build();
        await host.StartAsync();
        return new PortfolioFixture(folder, host, time);
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>A fresh DbContext in its own scope: what one request or one update would see.</summary>
    public PortfolioDbContext NewDb() => Services.CreateScope().ServiceProvider.GetRequiredService<PortfolioDbContext>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    public DateOnly Today => Get<SchoolCalendar>().Today();

    public async Task<School> AddSchoolAsync(string name = "Школа-гимназия №1")
    {
        await using var db = NewDb();
        var school = new School(name);
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }

    public async Task<Teacher> AddTeacherAsync(int schoolId, string fullName = "Әсел Нұрланқызы Серікова")
    {
        await using var db = NewDb();
        var teacher = new Teacher(schoolId, fullName, UtcNow);
        db.Teachers.Add(teacher);
        await db.SaveChangesAsync();
        return teacher;
    }

    public static Actor TeacherActor(Teacher t) => Actor.Teacher(t.Id, t.FullName);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
