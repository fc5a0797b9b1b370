using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Core;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests.Harness;

/// <summary>
/// The product's host as admin/Program.cs composes it (AddCore + AddTelegramBot + the webhook endpoint), on
/// Kestrel 127.0.0.1:0, pointed at the fake Telegram server and a temp data folder, with a fake clock.
/// Restart keeps the data folder, the clock and the Telegram server: a teacher mid-flow just continues.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private WebApplication _app = null!;

    private BotHost(FakeTelegramServer telegram, TempFolder folder, FakeTimeProvider time, Dictionary<string, string?> settings)
    {
        Telegram = telegram;
        Folder = folder;
        Time = time;
        _settings = settings;
    }

    public FakeTelegramServer Telegram { get; }
    public TestLogCollector Logs { get; } = new();
    public TempFolder Folder { get; }
    public FakeTimeProvider Time { get; }
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app.Services;
    public DateOnly Today => Services.GetRequiredService<SchoolCalendar>().Today();
    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var telegram = await FakeTelegramServer.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:FloodMessagesPerMinute"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var host = new BotHost(telegram, new TempFolder("portfoliobot-bot"), new FakeTimeProvider(PortfolioFixture.DefaultNow), all);
        await host.StartAppAsync();
        return host;
    }

    /// <summary>Stops the host and starts a new one on the same data folder (a deploy or a crash-restart).</summary>
    public async Task RestartAsync()
    {
        await StopAppAsync();
        await StartAppAsync();
    }

    /// <summary>
    /// Waits until the bot took the update (getUpdates moved past it) and then finished handling it: since the
    /// inbox, Telegram is told an update arrived before the bot has answered it.
    /// </summary>
    public async Task WaitHandledAsync(global::Telegram.Bot.Types.Update update)
    {
        await Telegram.WaitUntilConfirmedAsync(update);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Services.GetRequiredService<Conversations.UpdateDispatcher>()
            .WaitHandledAsync("telegram", update.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), timeout.Token);
    }

    public PortfolioDbContext NewDb() => Services.CreateScope().ServiceProvider.GetRequiredService<PortfolioDbContext>();

    public async Task<Teacher> AddTeacherAsync(string fullName, int? schoolId = null)
    {
        await using var db = NewDb();
        if (schoolId is null)
        {
            var school = db.Schools.FirstOrDefault() ?? db.Schools.Add(new School("Школа-гимназия №1")).Entity;
            await db.SaveChangesAsync();
            schoolId = school.Id;
        }
        var teacher = new Teacher(schoolId.Value, fullName, UtcNow);
        db.Teachers.Add(teacher);
        await db.SaveChangesAsync();
        return teacher;
    }

    public async Task<string> InviteAsync(int teacherId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvitationService>().IssueForTeacherAsync(teacherId, Actor.System);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        await Telegram.DisposeAsync();
        Folder.Dispose();
    }

    private async Task StartAppAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Folder.Path, EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = Folder.Path });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Information);
        builder.AddCore();
        builder.AddTelegramBot();
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(Time);
        _app = builder.Build();
        _app.MapTelegramWebhook();
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    private async Task StopAppAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
