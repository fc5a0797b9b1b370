using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PortfolioBot.Admin.Setup;
using PortfolioBot.Core.Data;
using PortfolioBot.Testing;

namespace PortfolioBot.Admin.Tests.Infrastructure;

/// <summary>
/// The real admin host (Program) on a temp data folder with a <see cref="FakeTimeProvider"/>. In-memory
/// TestServer by default; <c>new AdminAppFactory(kestrel: true)</c> listens on a real socket at 127.0.0.1:0
/// for the browser tests (read <see cref="ServerAddress"/> after <see cref="StartKestrel"/>).
/// </summary>
public sealed class AdminAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new("portfoliobot-admin");
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Extra configuration, e.g. ["Telegram:BotUsername"] = "PortfolioTestBot".</param>
    public AdminAppFactory(bool kestrel = false, DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        Time = new FakeTimeProvider(now ?? PortfolioFixture.DefaultNow);
        if (kestrel) UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public FakeTimeProvider Time { get; }

    public string DataDirectory => _folder.Path;

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    /// <summary>The token of the first-run setup link, while it is open.</summary>
    public string? SetupToken => Services.GetRequiredService<FirstRunSetup>().Token;

    /// <summary>Starts the Kestrel server (when built with kestrel: true) and returns its base address.</summary>
    public Uri StartKestrel()
    {
        StartServer();
        return ServerAddress;
    }

    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Seed Seed => new(this);

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>A DbContext in its own scope, as one request would see the data.</summary>
    public PortfolioDbContext NewDb() => Services.CreateScope().ServiceProvider.GetRequiredService<PortfolioDbContext>();

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s to the login page.</summary>
    public AdminClient NewClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<AdminClient> SignedInClientAsync(string email, string password = Seed.Password)
    {
        var client = NewClient();
        await client.SignInAsync(email, password);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _folder.Path);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
