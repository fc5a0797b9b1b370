using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PortfolioBot.Core.Data;

/// <summary>
/// Sets the per-connection SQLite pragmas: a busy timeout for concurrent writers, foreign keys, and NORMAL
/// synchronous (safe with WAL). They belong to the physical connection, which the pool keeps across opens, so
/// they run once per physical connection rather than on every open (EF opens the connection for each query).
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutMs) : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        // The native handle is the pooled physical connection; a new one (pool grown, or cleared) is set up again.
        object key = connection is SqliteConnection { Handle: { } handle } ? handle : connection;
        if (Applied.TryGetValue(key, out _)) return;
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
        Applied.AddOrUpdate(key, key);
    }
}
