using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PortfolioBot.Core.Data;

/// <summary>Sets the per-connection SQLite pragmas: a busy timeout for concurrent writers, and foreign keys.</summary>
internal sealed class SqlitePragmas(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}
