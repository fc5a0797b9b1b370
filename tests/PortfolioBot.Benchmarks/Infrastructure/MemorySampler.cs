using System.Diagnostics;

namespace PortfolioBot.Benchmarks.Infrastructure;

/// <summary>
/// Samples managed heap (GC.GetTotalMemory) and RSS (Process.WorkingSet64) every few milliseconds while an
/// operation runs, after a full collection sets the baseline; reports the peak growth of each.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly long _managedBase;
    private readonly long _rssBase;
    private long _managedPeak;
    private long _rssPeak;

    private MemorySampler()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _managedBase = _managedPeak = GC.GetTotalMemory(false);
        using var process = Process.GetCurrentProcess();
        _rssBase = _rssPeak = process.WorkingSet64;
        _loop = Task.Run(SampleAsync);
    }

    public static MemorySampler Start() => new();

    public double ManagedGrowthMb => (Interlocked.Read(ref _managedPeak) - _managedBase) / (1024.0 * 1024);
    public double RssGrowthMb => (Interlocked.Read(ref _rssPeak) - _rssBase) / (1024.0 * 1024);

    /// <summary>The heap limit the GC works to, and the largest heap it saw (GC.GetGCMemoryInfo).</summary>
    public static string GcInfo()
    {
        var info = GC.GetGCMemoryInfo();
        return $"GC heap after last collection {info.HeapSizeBytes / (1024.0 * 1024):0.0} MB, committed {info.TotalCommittedBytes / (1024.0 * 1024):0.0} MB";
    }

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            Update(ref _managedPeak, GC.GetTotalMemory(false));
            process.Refresh();
            Update(ref _rssPeak, process.WorkingSet64);
            try
            {
                await Task.Delay(5, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static void Update(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}

/// <summary>A write-only stream that counts bytes and keeps none (the network side of a download).</summary>
public sealed class CountingStream : Stream
{
    public long Count { get; private set; }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Count;
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => Count += count;
    public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Count += count;
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Count += buffer.Length;
        return ValueTask.CompletedTask;
    }
}
