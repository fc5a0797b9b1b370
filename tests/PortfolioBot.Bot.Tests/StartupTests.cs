using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Tests.Harness;
using PortfolioBot.Core;
using PortfolioBot.Testing;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests;

public sealed class StartupTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task CommandMenuIsRegisteredInKazakhRussianEnglishAndDefault()
    {
        await using var host = await BotHost.StartAsync();

        var kk = await host.Telegram.Recorder.WaitForCommandsAsync("kk", Wait);
        var ru = await host.Telegram.Recorder.WaitForCommandsAsync("ru", Wait);
        var en = await host.Telegram.Recorder.WaitForCommandsAsync("en", Wait);
        await host.Telegram.Recorder.WaitForCommandsAsync("", Wait);

        Assert.Contains(kk.Commands, c => c.Command == "add" && c.Description == "Жазба қосу");
        Assert.Contains(ru.Commands, c => c.Command == "add" && c.Description == "Добавить запись");
        Assert.Contains(en.Commands, c => c.Command == "add" && c.Description == "Add an entry");
        Assert.True(host.Telegram.RequestCount("deleteWebhook") >= 1);
    }

    [Fact]
    public async Task WithoutATokenTheHostStartsAndSaysHowToTurnTheBotOn()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Telegram:Token"] = "" });

        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Telegram bot is OFF") && l.Message.Contains("Telegram__Token"));
        Assert.Equal(0, host.Telegram.RequestCount("getUpdates"));
    }

    [Fact]
    public async Task MalformedTokenFailsAtStartNamingTheSetting()
    {
        using var folder = new TempFolder();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder.Path, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = folder.Path,
            ["Telegram:Token"] = "not-a-token",
        });
        builder.Logging.ClearProviders();
        builder.AddCore();
        builder.AddTelegramBot();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Telegram:Token", error.Message);
    }

    [Fact]
    public async Task WebhookWithTheRightSecretIsHandledAndAWrongOneIsRefused()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook",
            ["Telegram:WebhookSecret"] = "right-secret_123",
        });
        var registered = await host.Telegram.Recorder.WaitForWebhookAsync(Wait);
        var endpoint = new Uri(host.BaseAddress, "/telegram/webhook");
        var user = host.Telegram.RegisterUser(new FakeUser(4242, "Айгүл", LanguageCode: "kk"));

        var wrong = await host.Telegram.PostWebhookAsync(endpoint, host.Telegram.SendText(user, "/start"), "wrong-secret");
        var missing = await host.Telegram.PostWebhookAsync(endpoint, host.Telegram.SendText(user, "/start"), null);
        Assert.Empty(host.Telegram.MessagesTo(4242));
        var start = host.Telegram.SendText(user, "/start");
        var right = await host.Telegram.PostWebhookAsync(endpoint, start, "right-secret_123");
        // Stored and answered 200 at once; handled right after.
        await host.Services.GetRequiredService<UpdateDispatcher>()
            .WaitHandledAsync("telegram", start.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(("https://bot.example.test/telegram/webhook", "right-secret_123"), (registered.Url, registered.SecretToken));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (wrong, missing, right));
        Assert.Contains("шақыру сілтемесін", host.Telegram.LastMessageTo(4242).Text);
        Assert.Equal(0, host.Telegram.RequestCount("getUpdates"));
    }

    [Fact]
    public async Task WebhookEndpointIsClosedInPollingMode()
    {
        await using var host = await BotHost.StartAsync();
        var user = host.Telegram.RegisterUser(new FakeUser(4343, "Иван", LanguageCode: "ru"));

        var status = await host.Telegram.PostWebhookAsync(new Uri(host.BaseAddress, "/telegram/webhook"), new Telegram.Bot.Types.Update { Id = 99 }, "anything");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Empty(host.Telegram.MessagesTo(user.Id));
    }
}
