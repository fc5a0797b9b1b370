namespace PortfolioBot.Core.Catalogue;

/// <summary>A text in the three interface languages; unknown languages fall back to Russian.</summary>
public sealed record LocalizedText(string Kk, string Ru, string En)
{
    public string Get(string? language) => Languages.Normalize(language) switch
    {
        Languages.Kazakh => Kk,
        Languages.English => En,
        _ => Ru,
    };

    public override string ToString() => Ru;
}

public static class Languages
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Kazakh, Russian, English];

    /// <summary>Maps a client language code ("kk", "ru-RU", "en-GB", null) to one of ours.</summary>
    public static string Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return Russian;
        var primary = code.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            Kazakh => Kazakh,
            English => English,
            Russian => Russian,
            _ => Russian,
        };
    }
}
