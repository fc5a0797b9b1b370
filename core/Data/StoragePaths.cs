using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PortfolioBot.Core.Data;

/// <summary>Where the data lives on disk, resolved once from <see cref="StorageOptions"/>.</summary>
public sealed class StoragePaths
{
    public StoragePaths(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        var o = options.Value;
        DataDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, o.DataDirectory));
        EvidenceRoot = Path.Combine(DataDirectory, "evidence");
        ConnectionString = !string.IsNullOrWhiteSpace(o.ConnectionString) ? o.ConnectionString : new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(DataDirectory, "portfoliobot.db"),
            Pooling = true,
            DefaultTimeout = Math.Max(1, o.BusyTimeoutMs / 1000),
        }.ToString();
        BusyTimeoutMs = o.BusyTimeoutMs;
    }

    public string DataDirectory { get; }
    public string EvidenceRoot { get; }
    public string ConnectionString { get; }
    public int BusyTimeoutMs { get; }

    public string DatabaseFile => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public void EnsureCreated()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(EvidenceRoot);
    }
}
