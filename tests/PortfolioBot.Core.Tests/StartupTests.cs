using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

/// <summary>The core started as the product starts it, on a data folder that does not exist yet.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly TempFolder _root = new("startup");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _root.Dispose();
    }

    private IHost Build(Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _root.Path, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = "var/portfolio-data" });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddCore();
        return builder.Build();
    }

    private string DataDirectory => Path.Combine(_root.Path, "var", "portfolio-data");

    [Fact]
    public async Task FreshDataFolderGetsTheDatabaseWithAllMigrations()
    {
        Assert.False(Directory.Exists(DataDirectory));
        using var host = Build();

        await host.StartAsync();

        Assert.True(File.Exists(Path.Combine(DataDirectory, "portfoliobot.db")));
        Assert.True(Directory.Exists(Path.Combine(DataDirectory, "evidence")));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task DatabaseRunsInWalModeWithBusyTimeoutAndForeignKeys()
    {
        using var host = Build();
        await host.StartAsync();

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToAsyncEnumerable().SingleAsync());
        Assert.Equal(5000, await db.Database.SqlQueryRaw<int>("PRAGMA busy_timeout").ToAsyncEnumerable().SingleAsync());
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("PRAGMA foreign_keys").ToAsyncEnumerable().SingleAsync());
        await db.Database.CloseConnectionAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task RestartKeepsTheData()
    {
        using (var first = Build())
        {
            await first.StartAsync();
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            db.Schools.Add(new School("№7 мектеп-лицей"));
            await db.SaveChangesAsync();
            await first.StopAsync();
        }

        using var second = Build();
        await second.StartAsync();
        await using var again = second.Services.CreateAsyncScope();
        Assert.Equal("№7 мектеп-лицей", (await again.ServiceProvider.GetRequiredService<PortfolioDbContext>().Schools.SingleAsync()).Name);
        await second.StopAsync();
    }

    [Theory]
    [InlineData("Storage:Provider", "Postgres")]
    [InlineData("Storage:DataDirectory", "")]
    [InlineData("Storage:BusyTimeoutMs", "5")]
    [InlineData("Evidence:MaxFileBytes", "0")]
    [InlineData("Invitations:ValidDays", "0")]
    public async Task BadSettingStopsStartWithItsName(string key, string value)
    {
        using var host = Build(new Dictionary<string, string?> { [key] = value });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(DataDirectory, "portfoliobot.db")), "the database was created despite a bad setting");
    }

    [Fact]
    public void StorageLivesUnderTheConfiguredFolder()
    {
        using var host = Build();

        var paths = host.Services.GetRequiredService<StoragePaths>();

        Assert.Equal((DataDirectory, Path.Combine(DataDirectory, "evidence"), Path.Combine(DataDirectory, "portfoliobot.db")),
            (paths.DataDirectory, paths.EvidenceRoot, paths.DatabaseFile));
    }
}
