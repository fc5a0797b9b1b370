namespace PortfolioBot.Core.Export;

/// <summary>
/// Sits between <see cref="System.IO.Compression.ZipArchive"/> and a response body. ZipArchive still writes
/// some parts synchronously (an entry's last deflate block and its data descriptor on dispose), which Kestrel
/// refuses; here every write lands in a small in-memory buffer, and <see cref="DrainAsync"/> moves it to the
/// real output asynchronously. The exporter drains after every chunk, so the buffer never holds more than
/// about one chunk's worth of compressed bytes.
/// </summary>
internal sealed class DrainingStream(Stream output) : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _pending.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>Sends what has been written so far to the output.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        if (_pending.Length == 0) return;
        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        _pending.SetLength(0);
    }

    // Flushing the output is the caller's business; the archive's own flushes only mean "nothing pending here".
    public override void Flush() { }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _pending.Dispose();
        base.Dispose(disposing);
    }
}
