namespace PortfolioBot.Core.Evidence;

/// <summary>One file attached to an entry. The bytes live once in the store, keyed by their SHA-256.</summary>
public class EvidenceFile
{
    public const int MaxNameLength = 200;

    private EvidenceFile() { OriginalName = null!; Sha256 = null!; ContentType = null!; Extension = null!; Source = null!; }

    internal EvidenceFile(StoredBlob blob, string originalName, string source, DateTime addedAtUtc)
    {
        Sha256 = blob.Sha256;
        Size = blob.Size;
        ContentType = blob.ContentType;
        Extension = blob.Extension;
        OriginalName = SafeName(originalName, blob.Extension);
        Source = source.Length > 200 ? source[..200] : source;
        AddedAt = addedAtUtc;
    }

    public int Id { get; private set; }
    public int EntryId { get; private set; }
    public string OriginalName { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; }

    /// <summary>Detected from the bytes by <see cref="ContentSniffer"/>.</summary>
    public string ContentType { get; private set; }
    public string Extension { get; private set; }

    /// <summary>Where it came from, e.g. "telegram:&lt;file_unique_id&gt;" or "admin".</summary>
    public string Source { get; private set; }
    public DateTime AddedAt { get; private set; }

    internal EvidenceFile CopyFor(DateTime utcNow) =>
        new(new StoredBlob(Sha256, Size, ContentType, Extension), OriginalName, Source, utcNow);

    /// <summary>A file name safe to show and to put in a ZIP: no folders, no control characters, the right extension.</summary>
    public static string SafeName(string? name, string extension)
    {
        var baseName = Path.GetFileNameWithoutExtension((name ?? string.Empty).Replace('\\', '/').Split('/')[^1]);
        var cleaned = new string(baseName.Where(c => !char.IsControl(c) && Array.IndexOf(Path.GetInvalidFileNameChars(), c) < 0 && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim(' ', '.');
        if (cleaned.Length == 0) cleaned = "file";
        if (cleaned.Length > MaxNameLength - 10) cleaned = cleaned[..(MaxNameLength - 10)];
        return $"{cleaned}.{extension}";
    }
}
