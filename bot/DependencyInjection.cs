using PortfolioBot.Bot.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Flows;
using PortfolioBot.Bot.TelegramAdapter;
using Telegram.Bot;

namespace PortfolioBot.Bot;

public static class DependencyInjection
{
    /// <summary>
    /// The Telegram bot: options (section <c>Telegram</c>), the channel, the flows and the receiver. With no
    /// token the services are still registered (nothing resolves a client) and a notice says how to turn it on.
    /// </summary>
    public static IHostApplicationBuilder AddTelegramBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // No IHttpClientFactory request logging: the Bot API URL carries the token (…/bot<token>/sendMessage), and
        // TelegramCalls already logs every failure with the method and chat.
        services.AddHttpClient("telegram")
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, sp) =>
            {
                var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                if (!o.Enabled) throw new InvalidOperationException("The Telegram bot is off: set Telegram:Token (env Telegram__Token).");
                // Our TelegramCalls handles 429 and retries with logging; the library's own retry is turned off.
                return new TelegramBotClient(new TelegramBotClientOptions(o.Token!, o.ApiBaseUrl.TrimEnd('/')) { RetryThreshold = 0 }, http);
            });

        services.AddSingleton<TelegramCalls>();
        services.AddSingleton<TelegramIntake>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<FloodThrottle>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<ChatInbox>();
        services.AddScoped<IChatChannel, TelegramChannel>();
        services.AddScoped<ChatRouter>();
        services.AddScoped<FlowSet>();
        services.AddScoped<MainMenuFlow>();
        services.AddScoped<JoinFlow>();
        services.AddScoped<LanguageFlow>();
        services.AddScoped<AddEntryFlow>();
        services.AddScoped<AddEntryFiles>();
        services.AddScoped<AddEntrySave>();
        services.AddScoped<EvidenceIntake>();
        services.AddScoped<PortfolioFlow>();
        services.AddScoped<EntryCardFlow>();
        services.AddScoped<ProfileFlow>();
        services.AddScoped<DeadlinesFlow>();
        services.AddSingleton<InboxPruner>();

        var token = builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Token)}"];
        if (string.IsNullOrWhiteSpace(token)) services.AddHostedService<BotOffNotice>();
        else
        {
            services.AddHostedService<TelegramReceiver>();
            services.AddHostedService(sp => sp.GetRequiredService<InboxPruner>());
        }
        builder.AddNotificationDelivery();
        return builder;
    }

    /// <summary>Maps the webhook endpoint (path of Telegram:WebhookUrl, default /telegram/webhook). 404 unless in Webhook mode.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        app.MapPost(options.WebhookPath, TelegramWebhook.HandleAsync).DisableAntiforgery();
        return app;
    }
}

/// <summary>Says once, at start, that the bot is off and how to turn it on.</summary>
internal sealed class BotOffNotice(ILogger<BotOffNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Telegram bot is OFF: no Telegram:Token is configured. Create a bot with @BotFather and set the token " +
            "in the environment variable Telegram__Token (or `dotnet user-secrets set Telegram:Token <token>`), then restart.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
