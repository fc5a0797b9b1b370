using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Benchmarks.Infrastructure;

/// <summary>
/// The product's own composition (AddCore, AddTelegramBot, AddReminders... as admin/Program.cs calls them) on
/// Kestrel at 127.0.0.1:0 with a data folder of its own and the system clock. Logging is Warning and up, as a
/// production host would run.
/// </summary>
public sealed class ProductHost : IAsyncDisposable
{
    private ProductHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }
    public Uri Address { get; }
    public IServiceProvider Services => App.Services;

    public static async Task<ProductHost> StartAsync(
        string dataFolder, IDictionary<string, string?> settings, Action<WebApplicationBuilder> compose, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dataFolder, EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataFolder });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error);
        compose(builder);
        var app = builder.Build();
        map?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ProductHost(app, new Uri(address));
    }

    public PortfolioDbContext NewDb() => Services.CreateScope().ServiceProvider.GetRequiredService<PortfolioDbContext>();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await App.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping took too long; disposing still frees the port and the files.
        }
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
