using System.IO.Compression;
using System.Text;

namespace PortfolioBot.Core.Evidence;

/// <summary>
/// Tells what a file is from its bytes, never from its name. Only the regulation's kinds of evidence pass:
/// PDF, images, Office documents, video and plain text. Markup, scripts and executables are refused.
/// </summary>
public static class ContentSniffer
{
    private const int HeaderSize = 4096;
    private const int TextProbeSize = 64 * 1024;
    private const int MaxMimeTypeLength = 100;

    public static (string ContentType, string Extension) Detect(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var header = new byte[HeaderSize];
        var read = file.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        var h = header.AsSpan(0, read);

        if (h.StartsWith("%PDF-"u8)) return ("application/pdf", "pdf");
        if (Starts(h, 0xFF, 0xD8, 0xFF)) return ("image/jpeg", "jpg");
        if (Starts(h, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return ("image/png", "png");
        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8)) return ("image/webp", "webp");
        if (h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8)) return IsoMedia(Encoding.ASCII.GetString(h[8..12]));
        if (Starts(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return OleDocument(file);
        if (Starts(h, 0x50, 0x4B, 0x03, 0x04)) return ZipDocument(file);
        if (LooksExecutable(h)) throw Forbidden("executable or script");
        return PlainText(file, h);
    }

    private static (string, string) IsoMedia(string brand) => brand switch
    {
        "heic" or "heix" or "hevc" or "heim" or "heis" or "hevx" or "mif1" or "msf1" => ("image/heic", "heic"),
        "qt  " => ("video/quicktime", "mov"),
        "isom" or "iso2" or "iso4" or "iso5" or "iso6" or "mp41" or "mp42" or "avc1" or "M4V " or "dash" or "mmp4" => ("video/mp4", "mp4"),
        _ => throw new EvidenceRejectedException(EvidenceProblem.UnknownType, $"Media of brand '{brand.Trim()}' is not accepted."),
    };

    private static (string, string) OleDocument(FileStream file)
    {
        // Legacy Office files are OLE compound files; so are MSI installers. Tell them apart by their stream names.
        file.Position = 0;
        var buffer = new byte[Math.Min(file.Length, 16 * 1024 * 1024)];
        var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var span = buffer.AsSpan(0, length);
        if (span.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0) return ("application/msword", "doc");
        if (span.IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0 || span.IndexOf(Encoding.Unicode.GetBytes("Book")) >= 0)
            return ("application/vnd.ms-excel", "xls");
        if (span.IndexOf(Encoding.Unicode.GetBytes("PowerPoint Document")) >= 0) return ("application/vnd.ms-powerpoint", "ppt");
        throw new EvidenceRejectedException(EvidenceProblem.UnknownType, "This compound file is not a Word, Excel or PowerPoint document.");
    }

    private static (string, string) ZipDocument(FileStream file)
    {
        file.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new EvidenceRejectedException(EvidenceProblem.UnknownType, $"A damaged archive is not accepted: {ex.Message}");
        }

        using (zip)
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Exists(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                throw Forbidden("document with macros");
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Exists(n => n.StartsWith("word/", StringComparison.Ordinal)))
                    return ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
                if (names.Exists(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                    return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
                if (names.Exists(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
                    return ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
            }

            if (zip.GetEntry("mimetype") is { } mimeEntry)
            {
                // Read a few bytes only: a "mimetype" entry that inflates to gigabytes must not exhaust memory.
                using var entryStream = mimeEntry.Open();
                var mimeBytes = new byte[MaxMimeTypeLength];
                var mimeLength = entryStream.ReadAtLeast(mimeBytes, mimeBytes.Length, throwOnEndOfStream: false);
                var mime = Encoding.ASCII.GetString(mimeBytes, 0, mimeLength).Trim();
                switch (mime)
                {
                    case "application/vnd.oasis.opendocument.text": return (mime, "odt");
                    case "application/vnd.oasis.opendocument.spreadsheet": return (mime, "ods");
                    case "application/vnd.oasis.opendocument.presentation": return (mime, "odp");
                }
            }
        }

        throw new EvidenceRejectedException(EvidenceProblem.UnknownType, "Archives are not accepted; send the documents themselves.");
    }

    private static bool LooksExecutable(ReadOnlySpan<byte> h) =>
        h.StartsWith("MZ"u8) || Starts(h, 0x7F, 0x45, 0x4C, 0x46) || h.StartsWith("#!"u8)
        || Starts(h, 0xCA, 0xFE, 0xBA, 0xBE) || Starts(h, 0xFE, 0xED, 0xFA, 0xCE) || Starts(h, 0xFE, 0xED, 0xFA, 0xCF)
        || Starts(h, 0xCF, 0xFA, 0xED, 0xFE) || Starts(h, 0xCE, 0xFA, 0xED, 0xFE) || Starts(h, 0x00, 0x61, 0x73, 0x6D);

    private static readonly string[] MarkupSigns =
        ["<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<iframe", "<object", "<embed", "<meta", "<style", "<a ", "<img", "<div", "javascript:", "<%"];

    private static (string, string) PlainText(FileStream file, ReadOnlySpan<byte> header)
    {
        file.Position = 0;
        var probe = new byte[(int)Math.Min(file.Length, TextProbeSize)];
        var length = file.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        var bytes = probe.AsSpan(0, length);
        if (Starts(bytes, 0xEF, 0xBB, 0xBF)) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) >= 0 || header.Length == 0)
            throw new EvidenceRejectedException(EvidenceProblem.UnknownType, "This kind of file is not accepted.");

        // A probe can end in the middle of a multi-byte character; cut back to a whole one.
        var end = bytes.Length;
        if (length == TextProbeSize) while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) end--;
        if (length == TextProbeSize && end > 0 && bytes[end - 1] >= 0xC0) end--;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[..end]);
        }
        catch (DecoderFallbackException)
        {
            throw new EvidenceRejectedException(EvidenceProblem.UnknownType, "This kind of file is not accepted.");
        }

        var lower = text.TrimStart().ToLowerInvariant();
        if (lower.StartsWith('<') || MarkupSigns.Any(sign => lower.Contains(sign, StringComparison.Ordinal)))
            throw Forbidden("web page or markup");
        return ("text/plain", "txt");
    }

    private static bool Starts(ReadOnlySpan<byte> data, params ReadOnlySpan<byte> signature) => data.StartsWith(signature);

    private static EvidenceRejectedException Forbidden(string what) =>
        new(EvidenceProblem.ForbiddenType, $"A {what} is never accepted, whatever its name.");
}
