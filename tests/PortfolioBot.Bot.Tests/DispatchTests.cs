using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Tests.Harness;
using PortfolioBot.Core.Chat;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests;

public sealed class DispatchTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SlowChatDoesNotHoldUpChatsWritingAfterItAndStaysInOrder()
    {
        var slow = TelegramChat.Open(_host, "ru");
        var other = TelegramChat.Open(_host, "ru");
        _host.Telegram.FailNext("sendMessage", 1, FaultKind.Timeout, chatId: slow.ChatId, hold: TimeSpan.FromSeconds(3));
        var since = _host.Telegram.Checkpoint();

        var first = _host.Telegram.SendText(slow.User, "/start");
        var second = _host.Telegram.SendText(slow.User, "/help");
        await _host.Telegram.WaitUntilConfirmedAsync(second);
        // Fetched only after the slow chat's updates were taken: a later batch, answered while the slow one still waits.
        var quick = _host.Telegram.SendText(other.User, "/start");
        await _host.WaitHandledAsync(quick);
        var answeredWhileSlowWaits = _host.Telegram.Events.Skip(since).Where(e => e.IsSend).Select(e => e.ChatId).ToList();
        await _host.WaitHandledAsync(first);
        await _host.WaitHandledAsync(second);

        Assert.Equal([other.ChatId], answeredWhileSlowWaits);
        Assert.Equal(["Здравствуйте", "PortfolioBot"], slow.Since(since).Select(m => m.Text![..12]));
    }

    [Fact]
    public async Task AnExceptionInOneEventDoesNotStopTheNext()
    {
        var chat = TelegramChat.Open(_host, "ru");
        var dispatcher = _host.Services.GetRequiredService<UpdateDispatcher>();
        var accepted = await _host.Services.GetRequiredService<ChatInbox>().AcceptAsync("telegram",
            [new("x-1", chat.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), "{}")], CancellationToken.None);
        var since = _host.Telegram.Checkpoint();

        await dispatcher.WaitForRoomAsync(CancellationToken.None);
        dispatcher.Enqueue("telegram", accepted[0], () => throw new InvalidOperationException("unmappable update"));
        await dispatcher.WaitHandledAsync("telegram", "x-1", CancellationToken.None).WaitAsync(Wait);
        await chat.SayAsync("/start");

        Assert.Contains(chat.Since(since), m => m.Text!.Contains("ссылку-приглашение", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("failed", StringComparison.Ordinal) && l.Message.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateStoredButNotHandledBeforeAStopIsAnsweredAfterTheRestart()
    {
        var chat = TelegramChat.Open(_host, "ru");
        // What a host killed between storing a batch and handling it leaves behind: a row with its payload, unclaimed.
        var payload = $$$"""
            {"update_id":777001,"message":{"message_id":41,"date":1764800000,
             "chat":{"id":{{{chat.ChatId}}},"type":"private","first_name":"Әсел"},
             "from":{"id":{{{chat.ChatId}}},"is_bot":false,"first_name":"Әсел","language_code":"ru"},
             "text":"/help","entities":[{"offset":0,"length":5,"type":"bot_command"}]}}
            """;
        await using (var db = _host.NewDb())
        {
            db.Inbox.Add(new InboxEvent("telegram", "777001", chat.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), payload, _host.UtcNow));
            await db.SaveChangesAsync();
        }
        var since = _host.Telegram.Checkpoint();

        await _host.RestartAsync();
        await _host.Services.GetRequiredService<UpdateDispatcher>().WaitHandledAsync("telegram", "777001", CancellationToken.None).WaitAsync(Wait);

        Assert.Single(chat.Since(since), m => m.Text!.StartsWith("PortfolioBot", StringComparison.Ordinal));
        await using var after = _host.NewDb();
        var row = await after.Inbox.SingleAsync(e => e.ExternalId == "777001");
        Assert.NotNull(row.HandledAt);
        Assert.Null(row.Payload);
    }

    [Fact]
    public async Task HandledInboxEventsAreForgottenAfterAWeekButUnhandledOnesStay()
    {
        var inbox = _host.Services.GetRequiredService<ChatInbox>();
        var old = await inbox.AcceptAsync("test", [new("old", "1", "{}"), new("waiting", "1", "{}")], CancellationToken.None);
        var recent = await inbox.AcceptAsync("test", [new("recent", "1", "{}")], CancellationToken.None);
        await using (var db = _host.NewDb())
        {
            await db.Database.OpenConnectionAsync();
            Assert.True(await ChatInbox.ClaimAsync(db, old[0].InboxId, _host.UtcNow - TimeSpan.FromDays(7.5), CancellationToken.None));
            Assert.True(await ChatInbox.ClaimAsync(db, recent[0].InboxId, _host.UtcNow, CancellationToken.None));
        }

        var removed = await _host.Services.GetRequiredService<InboxPruner>().PruneAsync(CancellationToken.None);

        Assert.Equal(1, removed);
        await using var after = _host.NewDb();
        Assert.Equal(["recent", "waiting"], after.Inbox.Where(e => e.Channel == "test").OrderBy(e => e.ExternalId).Select(e => e.ExternalId).ToList());
    }

    [Fact]
    public async Task AnUpdateIsClaimedOnlyOnce()
    {
        var inbox = _host.Services.GetRequiredService<ChatInbox>();
        var row = (await inbox.AcceptAsync("test", [new("once", "1", "{}")], CancellationToken.None))[0];
        await using var db = _host.NewDb();

        var first = await ChatInbox.ClaimAsync(db, row.InboxId, _host.UtcNow, CancellationToken.None);
        var second = await ChatInbox.ClaimAsync(db, row.InboxId, _host.UtcNow, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
    }
}
