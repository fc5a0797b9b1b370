using System.Globalization;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>A file known to the fake server: uploaded by the bot or registered by a test.</summary>
/// <param name="Bytes">Content; null for a file registered only with a declared size (never allocated).</param>
public sealed record StoredFile(
    string FileId, string FileUniqueId, string FilePath, string? FileName, string? MimeType, long FileSize, byte[]? Bytes);

/// <summary>Thread-safe registry of file_id → bytes, backing getFile and the /file/bot&lt;token&gt;/ download route.</summary>
public sealed class FileStore
{
    /// <summary>Telegram's getFile limit for bots on the cloud Bot API (20 MB).</summary>
    public const long DefaultMaxDownloadSize = 20L * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredFile> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _byPath = new(StringComparer.Ordinal);
    private long _counter;
    private long _maxDownloadSize = DefaultMaxDownloadSize;

    /// <summary>getFile answers "Bad Request: file is too big" above this size.</summary>
    public long MaxDownloadSize
    {
        get { lock (_gate) { return _maxDownloadSize; } }
        set { lock (_gate) { _maxDownloadSize = value; } }
    }

    /// <summary>Registers downloadable bytes and returns the new file's record.</summary>
    public StoredFile Register(byte[] bytes, string? fileName, string? mimeType = null, string folder = "documents")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Add(fileName, mimeType, folder, bytes.LongLength, bytes);
    }

    /// <summary>Registers a file that claims <paramref name="declaredSize"/> bytes without allocating them.</summary>
    public StoredFile RegisterDeclared(long declaredSize, string? fileName, string? mimeType = null, string folder = "documents")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(declaredSize);
        return Add(fileName, mimeType, folder, declaredSize, bytes: null);
    }

    public StoredFile? Find(string fileId)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(fileId);
        }
    }

    public StoredFile? FindByPath(string filePath)
    {
        lock (_gate)
        {
            return _byPath.GetValueOrDefault(filePath);
        }
    }

    private StoredFile Add(string? fileName, string? mimeType, string folder, long size, byte[]? bytes)
    {
        lock (_gate)
        {
            var n = ++_counter;
            var extension = Path.GetExtension(fileName ?? string.Empty);
            if (string.IsNullOrEmpty(extension))
            {
                extension = folder == "photos" ? ".jpg" : string.Empty;
            }

            var stored = new StoredFile(
                FileId: string.Create(CultureInfo.InvariantCulture, $"FAKE-{folder}-{n:D6}-{Guid.NewGuid():N}"),
                FileUniqueId: string.Create(CultureInfo.InvariantCulture, $"U{n:D6}"),
                FilePath: string.Create(CultureInfo.InvariantCulture, $"{folder}/file_{n}{extension}"),
                FileName: fileName,
                MimeType: mimeType,
                FileSize: size,
                Bytes: bytes);
            _byId.Add(stored.FileId, stored);
            _byPath.Add(stored.FilePath, stored);
            return stored;
        }
    }
}
