using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Tests.Harness;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests;

public sealed class DispatchTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SlowChatDoesNotHoldUpOthersAndEachChatStaysInOrder()
    {
        var dispatcher = _host.Services.GetRequiredService<UpdateDispatcher>();
        _host.Telegram.FailNext("sendMessage", 1, FaultKind.Timeout, chatId: 9001, hold: TimeSpan.FromSeconds(1.5));
        var since = _host.Telegram.Checkpoint();

        await dispatcher.HandleBatchAsync("telegram",
        [
            ("9001", () => Command("d1", 9001, "start")),
            ("9001", () => Command("d2", 9001, "help")),
            ("9002", () => Command("d3", 9002, "start")),
        ], CancellationToken.None);

        var sends = _host.Telegram.Events.Skip(since).Where(e => e.IsSend).Select(e => (e.ChatId, e.Text![..12])).ToList();
        Assert.Equal(9002, sends[0].ChatId);
        var slowChat = sends.Where(s => s.ChatId == 9001).Select(s => s.Item2).ToList();
        Assert.Equal(["Здравствуйте", "PortfolioBot"], slowChat);
    }

    [Fact]
    public async Task AnExceptionInOneEventDoesNotStopTheNext()
    {
        var dispatcher = _host.Services.GetRequiredService<UpdateDispatcher>();
        var since = _host.Telegram.Checkpoint();

        await dispatcher.HandleBatchAsync("telegram",
        [
            ("9003", () => throw new InvalidOperationException("unmappable update")),
            ("9003", () => Command("e2", 9003, "start")),
        ], CancellationToken.None);

        Assert.Contains(_host.Telegram.Events.Skip(since), e => e.ChatId == 9003 && e.Text!.Contains("ссылку-приглашение", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("failed", StringComparison.Ordinal) && l.Message.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandledUpdateIdsAreForgottenAfterAWeek()
    {
        await using (var db = _host.NewDb())
        {
            db.ProcessedUpdates.Add(new Core.Chat.ProcessedUpdate("telegram", "old", _host.UtcNow - TimeSpan.FromDays(8)));
            db.ProcessedUpdates.Add(new Core.Chat.ProcessedUpdate("telegram", "recent", _host.UtcNow - TimeSpan.FromDays(1)));
            await db.SaveChangesAsync();
        }

        var removed = await _host.Services.GetRequiredService<ProcessedUpdatePruner>().PruneAsync(CancellationToken.None);

        Assert.Equal(1, removed);
        await using var after = _host.NewDb();
        Assert.Equal(["recent"], after.ProcessedUpdates.Where(p => p.UpdateId == "old" || p.UpdateId == "recent").Select(p => p.UpdateId).ToList());
    }

    private static CommandReceived Command(string id, long chatId, string command) =>
        new(id, new ChatOrigin(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Тест", "ru", true), command, null);
}
