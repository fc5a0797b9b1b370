using PortfolioBot.Core.Evidence;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

[CollectionDefinition(nameof(EvidenceStreamingTests), DisableParallelization = true)]
public sealed class EvidenceStreamingCollection;

/// <summary>Alone in its collection: it measures the whole process's allocations, which other tests would add to.</summary>
[Collection(nameof(EvidenceStreamingTests))]
public class EvidenceStreamingTests
{
    private const long UploadSize = 40L * 1024 * 1024;

    [Fact]
    public async Task LargeUploadIsStreamedNotHeldInMemory()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var store = fixture.Get<EvidenceStore>();
        await store.SaveAsync(new MemoryStream(Samples.Pdf));
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var blob = await store.SaveAsync(new GeneratedText(UploadSize));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal((UploadSize, "text/plain"), (blob.Size, blob.ContentType));
        Assert.True(allocated < 8 * 1024 * 1024, $"storing {UploadSize} bytes allocated {allocated} bytes");
    }

    /// <summary>A forward-only upload of plain text, produced as it is read (like a network stream).</summary>
    private sealed class GeneratedText(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - _position);
            buffer[..n].Fill((byte)'a');
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
