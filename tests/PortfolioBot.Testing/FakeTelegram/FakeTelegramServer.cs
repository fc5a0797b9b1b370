using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>
/// A fake Telegram Bot API server on 127.0.0.1 (random port) for tests. Point a real
/// <see cref="TelegramBotClient"/> at <see cref="BaseUrl"/>, act as users (SendText, PressButton...),
/// and assert on what the bot did (MessagesTo, WaitForMessageAsync...). Every member is thread-safe.
/// </summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    /// <summary>A syntactically valid token; the bot id is 123456.</summary>
    public const string DefaultToken = "123456:TEST-token-ABCDEFGHIJKLMNOPQRSTUVWXYZ012";

    /// <summary>Default wait for the WaitFor* helpers.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly FakeTelegramState _state;
    private readonly UpdateFactory _factory;
    private readonly HttpClient _webhookClient = new();
    private int _disposed;

    private FakeTelegramServer(WebApplication app, CancellationTokenSource stopping, FakeTelegramState state)
    {
        _app = app;
        _stopping = stopping;
        _state = state;
        _factory = new UpdateFactory(state.Chats, state.Files, state.Time);
    }

    /// <summary>Root URL such as http://127.0.0.1:54321, to pass as TelegramBotClientOptions' baseUrl.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string Token => _state.Token;

    /// <summary>What getMe returns.</summary>
    public User BotUser => _state.BotUser;

    /// <summary>Clock used for message dates and rate-limit timestamps.</summary>
    public TimeProvider Time => _state.Time;

    public BotRecorder Recorder => _state.Recorder;

    public UpdateQueue Updates => _state.Updates;

    public FileStore Files => _state.Files;

    public FaultInjector Faults => _state.Faults;

    public RateLimitTracker RateLimits => _state.Rates;

    /// <summary>Starts Kestrel on 127.0.0.1 with an OS-chosen port.</summary>
    /// <param name="timeProvider">Clock for message dates and rate accounting (default: system clock).
    /// Long-poll timeouts and WaitFor* timeouts always use real time.</param>
    public static async Task<FakeTelegramServer> StartAsync(
        string token = DefaultToken, TimeProvider? timeProvider = null, string botUsername = "portfolio_test_bot",
        CancellationToken cancellationToken = default)
    {
        var botId = long.Parse(token.AsSpan(0, token.IndexOf(':', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        var botUser = new User { Id = botId, IsBot = true, FirstName = "PortfolioBot Test", Username = botUsername, CanJoinGroups = true };

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var stopping = new CancellationTokenSource();
        var state = new FakeTelegramState(token, botUser, timeProvider ?? TimeProvider.System, stopping.Token);
        var router = new BotApiRouter(state);
        app.Run(router.HandleAsync);
        var server = new FakeTelegramServer(app, stopping, state);
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        server.BaseUrl = addresses.Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>A real client pointed at this server.</summary>
    /// <param name="retryThreshold">Telegram.Bot retries 429s itself when retry_after is at most this many
    /// seconds (library default 60); pass 0 to see every 429 as an exception.</param>
    public TelegramBotClient CreateClient(HttpClient? httpClient = null, int? retryThreshold = null)
    {
        var options = new TelegramBotClientOptions(Token, baseUrl: BaseUrl);
        if (retryThreshold is { } threshold)
        {
            options.RetryThreshold = threshold;
        }

        return new TelegramBotClient(options, httpClient);
    }

    /// <summary>POSTs <paramref name="update"/> to a webhook endpoint the way Telegram does.</summary>
    public async Task<HttpStatusCode> PostWebhookAsync(Uri url, Update update, string? secret, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(update, JsonBotAPI.Options), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await _webhookClient.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        using (var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(shutdown.Token);
        }

        await _app.DisposeAsync();
        _webhookClient.Dispose();
        _stopping.Dispose();
    }
}
