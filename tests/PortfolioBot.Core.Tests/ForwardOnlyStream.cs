namespace PortfolioBot.Core.Tests;

/// <summary>
/// A write-only, non-seekable stream like an HTTP response body — which refuses synchronous writes, as
/// Kestrel does — passing bytes to <paramref name="inner"/> (or dropping them when it is null) and counting
/// them, remembering the largest single write.
/// </summary>
internal sealed class ForwardOnlyStream(Stream? inner = null) : Stream
{
    public long BytesWritten { get; private set; }
    public int LargestWrite { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => throw Synchronous();

    public override void Write(ReadOnlySpan<byte> buffer) => throw Synchronous();

    public override void Flush() => throw Synchronous();

    private static InvalidOperationException Synchronous() => new("Synchronous operations are disallowed (as on a Kestrel response body).");

    private void Take(ReadOnlySpan<byte> buffer)
    {
        BytesWritten += buffer.Length;
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        inner?.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Take(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Take(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
