using System.Globalization;
using System.Text;
using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Core.Export;

/// <summary>
/// Names inside the ZIP: readable in Kazakh and Russian (letters are kept as they are, the ZIP stores UTF-8),
/// but safe on every file system: no separators, reserved characters, control characters or trailing dots.
/// </summary>
public static class ExportNames
{
    public const int MaxTitleInName = 80;
    public const string IndexFile = "index.html";
    public const string ProfileFile = "profile.html";

    private static readonly char[] Reserved = ['\\', '/', ':', '*', '?', '"', '<', '>', '|', '#', '%'];

    /// <summary>"1 Общие сведения о педагоге".</summary>
    public static string SectionFolder(Section section, string language) =>
        Clean($"{section.Number} {section.Name.Get(language)}", 120);

    /// <summary>"2025-03-14 Олимпиада по математике (2).pdf"; the number only when an entry has several files.</summary>
    public static string FileName(DateOnly date, string title, int number, int count, string extension)
    {
        var stem = $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {Clean(title, MaxTitleInName)}";
        if (count > 1) stem += $" ({number})";
        return $"{stem}.{Clean(extension, 10).ToLowerInvariant()}";
    }

    /// <summary>Makes a name unique within a folder by adding " [2]", " [3]"… before the extension.</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        var candidate = name;
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 2; !taken.Add(candidate.ToUpperInvariant()); n++) candidate = $"{stem} [{n}]{extension}";
        return candidate;
    }

    public static string Clean(string? text, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || Array.IndexOf(Reserved, c) >= 0) builder.Append(' ');
            else if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.PrivateUse) continue;
            else builder.Append(c);
        }
        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length > maxLength) cleaned = cleaned[..maxLength];
        cleaned = cleaned.Trim(' ', '.');
        return cleaned.Length == 0 ? "_" : cleaned;
    }

    /// <summary>A relative link for index.html: each path segment percent-encoded (UTF-8).</summary>
    public static string Href(string zipPath) => string.Join('/', zipPath.Split('/').Select(Uri.EscapeDataString));
}
