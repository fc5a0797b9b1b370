using System.Globalization;
using System.Text;

namespace PortfolioBot.Core.Search;

/// <summary>
/// Case-folded search keys. SQLite's LIKE and NOCASE fold only ASCII, so "Әсел" would not find "әсел";
/// we store a folded copy of searchable text and fold the query the same way.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        // Kazakh "і" is often typed as the Latin "i" that looks the same (phones without a Kazakh layout):
        // fold both to the Cyrillic letter, and "ё" to "е" as Russian writers do.
        var folded = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е').Replace('i', 'і');
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Escapes a folded query for use in a LIKE pattern with '\' as the escape character.</summary>
    public static string LikePattern(string? query) =>
        "%" + Normalize(query).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
