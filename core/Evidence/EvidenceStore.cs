using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Core.Evidence;

/// <summary>
/// Content-addressed file store under the data folder. Uploads are streamed to a temp file while hashed,
/// checked by content, then moved atomically to evidence/ab/cd/&lt;sha256&gt;: the same bytes are kept once,
/// and a crash or cancel leaves no partial file behind.
/// </summary>
public sealed class EvidenceStore(StoragePaths paths, IOptions<EvidenceOptions> options, ILogger<EvidenceStore> logger)
{
    private const int BufferSize = 81920;

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<StoredBlob> SaveAsync(Stream content, CancellationToken ct = default)
    {
        var tempDir = Path.Combine(paths.EvidenceRoot, ".tmp");
        Directory.CreateDirectory(tempDir);
        var temp = Path.Combine(tempDir, $"{Guid.NewGuid():N}.part");
        try
        {
            var (sha, size) = await CopyAndHashAsync(content, temp, ct);
            if (size == 0) throw new EvidenceRejectedException(EvidenceProblem.Empty, "The file is empty.");
            var (contentType, extension) = ContentSniffer.Detect(temp);
            ct.ThrowIfCancellationRequested();
            MoveIntoPlace(temp, PathFor(sha));
            return new StoredBlob(sha, size, contentType, extension);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    public bool Exists(string sha256) => File.Exists(PathFor(sha256));

    public Stream OpenRead(string sha256) =>
        new FileStream(PathFor(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>Removes temp files a crashed process left behind (older than an hour, so live uploads are safe).</summary>
    public int CleanAbandonedUploads(DateTime utcNow)
    {
        var tempDir = Path.Combine(paths.EvidenceRoot, ".tmp");
        if (!Directory.Exists(tempDir)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(tempDir, "*.part"))
        {
            if (File.GetLastWriteTimeUtc(file) < utcNow.AddHours(-1) && TryDelete(file)) removed++;
        }
        return removed;
    }

    internal string PathFor(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("Not a SHA-256 in lowercase hex.", nameof(sha256));
        return Path.Combine(paths.EvidenceRoot, sha256[..2], sha256[2..4], sha256);
    }

    private async Task<(string Sha, long Size)> CopyAndHashAsync(Stream content, string temp, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            await using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                size += read;
                if (size > MaxFileBytes)
                    throw new EvidenceRejectedException(EvidenceProblem.TooLarge, $"The file is larger than {Describe(MaxFileBytes)}.");
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await output.FlushAsync(ct);
            output.Flush(flushToDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private void MoveIntoPlace(string temp, string final)
    {
        if (File.Exists(final)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        try
        {
            File.Move(temp, final, overwrite: false);
        }
        catch (IOException) when (File.Exists(final))
        {
            // Another upload of the same bytes won the race; its copy is identical.
            logger.LogDebug("Evidence {Path} was stored concurrently", final);
        }
    }

    /// <summary>The limit as a person reads it: "50 MB", or "512 KB" for small test limits (not "0 MB").</summary>
    internal static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    private static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
