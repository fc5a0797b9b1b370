using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PortfolioBot.Benchmarks.Infrastructure;

/// <summary>A SQL command as EF sent it, with its parameter values, so the baseline can replay it raw.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Counters for "where does the time go": every EF Core command (from its DiagnosticListener, no product change)
/// and every Bot API call (from a timing handler on the bot's HttpClient), summed by SQL text / API method.
/// </summary>
public sealed class CostMeter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly ConcurrentDictionary<string, Bucket> _sql = new();
    private readonly ConcurrentDictionary<string, Bucket> _api = new();
    private readonly ConcurrentQueue<CapturedCommand> _captured = new();
    private readonly ConcurrentDictionary<string, Bucket> _exceptions = new();
    private volatile bool _capturing;

    public CostMeter()
    {
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
        AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
    }

    /// <summary>Exceptions thrown anywhere in the process (caught or not) since the last reset: each costs microseconds.</summary>
    public long ExceptionCount => _exceptions.Values.Sum(b => b.Count);

    /// <summary>The most frequent thrown exception: "Type: message" and how often.</summary>
    public (string What, long Count)? TopException()
    {
        var top = _exceptions.OrderByDescending(kv => kv.Value.Count).FirstOrDefault();
        return top.Key is null ? null : (top.Key, top.Value.Count);
    }

    private void OnFirstChance(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
    {
        var message = e.Exception.Message;
        var key = $"{e.Exception.GetType().Name}: {(message.Length > 80 ? message[..80] + "…" : message)}";
        _exceptions.GetOrAdd(key, _ => new Bucket()).Add(TimeSpan.Zero);
    }

    public sealed class Bucket
    {
        private long _count;
        private long _ticks;
        public long Count => Interlocked.Read(ref _count);
        public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        public void Add(TimeSpan duration)
        {
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _ticks, duration.Ticks);
        }
    }

    public TimeSpan SqlTotal => TimeSpan.FromTicks(_sql.Values.Sum(b => b.Total.Ticks));
    public long SqlCount => _sql.Values.Sum(b => b.Count);
    public TimeSpan ApiTotal => TimeSpan.FromTicks(_api.Values.Sum(b => b.Total.Ticks));
    public long ApiCount => _api.Values.Sum(b => b.Count);

    public void Reset()
    {
        _sql.Clear();
        _api.Clear();
        _captured.Clear();
        _exceptions.Clear();
    }

    /// <summary>The command costing the most in total: (short SQL, count, total).</summary>
    public (string Sql, long Count, TimeSpan Total)? TopSql()
    {
        var top = _sql.OrderByDescending(kv => kv.Value.Total).FirstOrDefault();
        return top.Key is null ? null : (Shorten(top.Key), top.Value.Count, top.Value.Total);
    }

    public IReadOnlyList<(string Method, long Count, TimeSpan Total)> ApiByMethod() =>
        [.. _api.OrderByDescending(kv => kv.Value.Total).Select(kv => (kv.Key, kv.Value.Count, kv.Value.Total))];

    /// <summary>Starts keeping the commands (with parameter values) executed from now on.</summary>
    public void StartCapture()
    {
        _captured.Clear();
        _capturing = true;
    }

    public IReadOnlyList<CapturedCommand> StopCapture()
    {
        _capturing = false;
        return [.. _captured];
    }

    public void RecordApi(string method, TimeSpan duration) => _api.GetOrAdd(method, _ => new Bucket()).Add(duration);

    public static string Shorten(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 160 ? flat[..160] + "…" : flat;
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners) _listeners.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not CommandExecutedEventData executed) return;
        _sql.GetOrAdd(executed.Command.CommandText, _ => new Bucket()).Add(executed.Duration);
        if (_capturing)
        {
            _captured.Enqueue(new CapturedCommand(executed.Command.CommandText,
                [.. executed.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        AppDomain.CurrentDomain.FirstChanceException -= OnFirstChance;
        _subscription.Dispose();
        lock (_listeners)
        {
            foreach (var l in _listeners) l.Dispose();
            _listeners.Clear();
        }
    }
}

/// <summary>Times each Bot API request the product's HttpClient makes (the method is the last path segment).</summary>
public sealed class ApiTimingHandler(CostMeter meter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            var path = request.RequestUri?.AbsolutePath ?? "";
            // File downloads are /file/bot<token>/<path>: one bucket, not one per file.
            var method = path.Contains("/file/", StringComparison.Ordinal) ? "file download" : path[(path.LastIndexOf('/') + 1)..];
            // getUpdates is a long poll: its time is waiting for users, not work.
            if (!method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
                meter.RecordApi(method, Stopwatch.GetElapsedTime(start));
        }
    }
}
