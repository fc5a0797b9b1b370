using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Testing.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PortfolioBot.Bot.Tests.FakeTelegram;

/// <summary>Incoming update shapes and webhook support of the fake server, through the real client.</summary>
public sealed class FakeTelegramUpdatesTests : IAsyncLifetime
{
    private const long ChatId = 31337;
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);

    private FakeTelegramServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync();
        _bot = _server.CreateClient(retryThreshold: 0);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Photo_arrives_in_several_sizes_each_downloadable_by_its_own_file_id()
    {
        byte[] bytes = [.. Enumerable.Range(0, 4096).Select(i => (byte)i)];
        _server.SendPhoto(ChatId, bytes, caption: "chart");

        var message = Assert.Single(await _bot.GetUpdates()).Message!;
        var sizes = message.Photo!;

        Assert.Equal("chart", message.Caption);
        Assert.Equal(3, sizes.Length);
        Assert.Equal(3, sizes.Select(s => s.FileId).Distinct().Count());
        Assert.True(sizes[0].Width < sizes[^1].Width);
        using var largest = new MemoryStream();
        await _bot.GetInfoAndDownloadFile(sizes[^1].FileId, largest);
        Assert.Equal(bytes, largest.ToArray());
        using var smallest = new MemoryStream();
        await _bot.GetInfoAndDownloadFile(sizes[0].FileId, smallest);
        Assert.True(smallest.Length < bytes.Length);
    }

    [Fact]
    public async Task Group_messages_and_albums_carry_chat_type_sender_and_media_group_id()
    {
        _server.RegisterGroup(-100500, "Investors");
        var alice = new FakeUser(77, "Alice", "alice", "de");
        _server.SendGroupText(-100500, alice, "/portfolio@portfolio_test_bot");
        _server.SendAlbum(ChatId, [[1, 2], [3, 4], [5, 6]], caption: "receipts");

        var updates = await _bot.GetUpdates();

        var group = updates[0].Message!;
        Assert.Equal(ChatType.Group, group.Chat.Type);
        Assert.Equal("Investors", group.Chat.Title);
        Assert.Equal(77, group.From!.Id);
        Assert.Equal("de", group.From.LanguageCode);
        var album = updates.Skip(1).Select(u => u.Message!).ToList();
        Assert.Equal(3, album.Count);
        Assert.Single(album.Select(m => m.MediaGroupId).Distinct());
        Assert.NotNull(album[0].MediaGroupId);
        Assert.Equal(["receipts", null, null], album.Select(m => m.Caption));
    }

    [Fact]
    public async Task Raw_updates_with_duplicate_ids_are_both_delivered_and_confirmed_together()
    {
        var chat = new Chat { Id = ChatId, Type = ChatType.Private };
        _server.EnqueueRaw(new Update { Id = 500, Message = new Message { Id = 1, Chat = chat, Date = DateTime.UtcNow, Text = "dup" } });
        _server.EnqueueRaw(new Update { Id = 500, Message = new Message { Id = 1, Chat = chat, Date = DateTime.UtcNow, Text = "dup" } });

        var updates = await _bot.GetUpdates();
        var afterConfirm = await _bot.GetUpdates(offset: 501);

        Assert.Equal([500, 500], updates.Select(u => u.Id));
        Assert.Empty(afterConfirm);
        Assert.Equal(501, _server.Updates.ConfirmedBelow);
    }

    [Fact]
    public async Task A_second_getUpdates_terminates_the_waiting_one_with_409_like_a_second_bot_instance()
    {
        var first = _bot.GetUpdates(timeout: 30);
        await _server.Updates.WaitForPollerAsync(Quick, CancellationToken.None);

        await _bot.GetUpdates(timeout: 0);

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(Quick));
        Assert.Equal(409, conflict.ErrorCode);
    }

    [Fact]
    public async Task SetWebhook_is_recorded_blocks_getUpdates_and_PostWebhookAsync_sends_the_secret_header()
    {
        await _bot.SetWebhook("https://bot.example/telegram", maxConnections: 5, secretToken: "s3cret-Token_1");

        var webhook = _server.Webhook!;
        Assert.Equal("https://bot.example/telegram", webhook.Url);
        Assert.Equal("s3cret-Token_1", webhook.SecretToken);
        Assert.Equal(5, webhook.MaxConnections);
        Assert.Equal("https://bot.example/telegram", (await _bot.GetWebhookInfo()).Url);
        Assert.Equal(409, (await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates())).ErrorCode);

        var received = new TaskCompletionSource<(string Secret, Update Update)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await StartReceiverAsync(async context =>
        {
            var update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options);
            received.TrySetResult((context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString(), update!));
        });
        var status = await _server.PostWebhookAsync(
            new Uri(ReceiverUrl(receiver) + "/telegram"), _server.CreateTextUpdate(ChatId, "via webhook"), "s3cret-Token_1");

        var (secret, update) = await received.Task.WaitAsync(Quick);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("s3cret-Token_1", secret);
        Assert.Equal("via webhook", update.Message!.Text);

        await _bot.DeleteWebhook();
        Assert.Null(_server.Webhook);
    }

    private static async Task<WebApplication> StartReceiverAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        return app;
    }

    private static string ReceiverUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
