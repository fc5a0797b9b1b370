using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PortfolioBot.Bot.TelegramAdapter;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;
using PortfolioBot.Testing.FakeTelegram;
using Telegram.Bot;

namespace PortfolioBot.Bot.Tests.Delivery;

/// <summary>
/// A fake Telegram server, a database seeded through one host, and dispatcher hosts (real core + AddReminders +
/// AddTelegramBot's channel and delivery + the real Telegram.Bot client) started on that same database, on the real clock.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    private readonly List<PortfolioFixture> _dispatchers = [];
    private long _nextChat = 700_000;

    private DeliveryHarness(FakeTelegramServer telegram, PortfolioFixture store, int schoolId)
    {
        Telegram = telegram;
        Store = store;
        SchoolId = schoolId;
    }

    public FakeTelegramServer Telegram { get; }
    public PortfolioFixture Store { get; }
    public int SchoolId { get; }

    public static async Task<DeliveryHarness> StartAsync()
    {
        var telegram = await FakeTelegramServer.StartAsync();
        var store = await PortfolioFixture.StartAsync();
        var school = await store.AddSchoolAsync();
        return new DeliveryHarness(telegram, store, school.Id);
    }

    /// <summary>Starts a host that delivers the outbox; fast polling and retries, no quiet hours unless overridden.</summary>
    public async Task<PortfolioFixture> StartDispatcherAsync(IDictionary<string, string?>? overrides = null, bool botOff = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Store.DataDirectory,
            ["Scheduler:Enabled"] = "false",
            ["Delivery:PollIntervalMs"] = "50",
            ["Delivery:RetryBaseDelayMs"] = "100",
            ["Delivery:RetryMaxDelayMs"] = "800",
            // Generous: a send cut off by our own timeout may still have reached Telegram (the one ambiguity left).
            ["Delivery:SendTimeoutSeconds"] = "8",
            ["Delivery:LeaseSeconds"] = "20",
            ["Reminders:QuietStart"] = "00:00",
            ["Reminders:QuietEnd"] = "00:00",
            ["Admin:PublicUrl"] = "https://portfolio.example.kz",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>()) settings[k] = v;
        var host = await PortfolioFixture.StartAsync(settings: settings, configure: b =>
        {
            b.AddReminders();
            b.AddTelegramBot(); // no token: the channel and delivery are registered, the receiver is not
            // Every 429 reaches our code (the library would otherwise wait and retry by itself).
            if (botOff) b.Services.AddSingleton<ITelegramBotClient>(_ => throw new InvalidOperationException("The Telegram bot is off: set Telegram:Token."));
            else b.Services.AddSingleton<ITelegramBotClient>(Telegram.CreateClient(retryThreshold: 0));
            b.Services.RemoveAll<TimeProvider>();
            b.Services.AddSingleton(TimeProvider.System);
        });
        _dispatchers.Add(host);
        return host;
    }

    public async Task StopAsync(PortfolioFixture dispatcher)
    {
        _dispatchers.Remove(dispatcher);
        await dispatcher.DisposeAsync();
    }

    public async Task<(Teacher Teacher, long ChatId)> AddLinkedTeacherAsync(string language = "ru", string name = "Әсел Серікова")
    {
        var teacher = await Store.AddTeacherAsync(SchoolId, name);
        var chatId = Interlocked.Increment(ref _nextChat);
        await using var db = Store.NewDb();
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        var account = new ChatAccount(TelegramChannel.ChannelName, chat, chat, language, Store.UtcNow);
        account.LinkTeacher(teacher.Id, Store.UtcNow);
        db.ChatAccounts.Add(account);
        await db.SaveChangesAsync();
        return (teacher, chatId);
    }

    /// <summary>Queues draft reminders titled "{titlePrefix} 1..n" for a teacher; titles identify them on the wire.</summary>
    public async Task EnqueueDraftRemindersAsync(int teacherId, string titlePrefix, int count)
    {
        await using var db = Store.NewDb();
        for (var i = 1; i <= count; i++)
        {
            var payload = JsonSerializer.Serialize(new DraftReminderPayload(1000 + i, $"{titlePrefix} {i}", "s2.other"));
            db.Outbox.Add(new OutboxMessage($"test:{titlePrefix}:{i}", NotificationKind.DraftReminder, teacherId, null, payload, Store.UtcNow));
        }
        await db.SaveChangesAsync();
    }

    public async Task<OutboxMessage> EnqueueAsync(NotificationKind kind, int? teacherId, int? staffId, object payload, string key)
    {
        await using var db = Store.NewDb();
        var message = new OutboxMessage(key, kind, teacherId, staffId, JsonSerializer.Serialize(payload, payload.GetType()), Store.UtcNow);
        db.Outbox.Add(message);
        await db.SaveChangesAsync();
        return message;
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Store.NewDb();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Waits (awaiting, never blocking) until no message is pending or the timeout passes.</summary>
    public async Task<List<OutboxMessage>> WaitUntilSettledAsync(TimeSpan? timeout = null) =>
        await WaitForOutboxAsync(all => all.All(m => m.Status != OutboxStatus.Pending), timeout ?? TimeSpan.FromSeconds(40));

    public async Task<List<OutboxMessage>> WaitForOutboxAsync(Func<List<OutboxMessage>, bool> condition, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var all = await OutboxAsync();
            if (condition(all)) return all;
            if (cts.IsCancellationRequested)
                throw new TimeoutException("Outbox did not settle: " + string.Join("; ", all.Select(m => $"{m.Key}={m.Status}/{m.Attempts} {m.LastError}")));
            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>How many times each text was delivered, over all chats.</summary>
    public Dictionary<string, int> DeliveredTexts() =>
        Telegram.Messages.Where(m => m.Method == "sendMessage").GroupBy(m => m.Text ?? "").ToDictionary(g => g.Key, g => g.Count());

    public async ValueTask DisposeAsync()
    {
        foreach (var d in _dispatchers) await d.DisposeAsync();
        await Store.DisposeAsync();
        await Telegram.DisposeAsync();
    }
}
