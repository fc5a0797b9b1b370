using System.Globalization;

namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// Button data, kept under Telegram's 64 bytes and never trusted: every id in it is re-checked against the
/// linked teacher, and the nonce/revision tells a stale button from a live one.
/// <list type="bullet">
/// <item><c>f:&lt;nonce&gt;:&lt;action&gt;[:arg]</c> — a step of the current flow.</item>
/// <item><c>e:&lt;entryId&gt;:&lt;revision&gt;:&lt;action&gt;</c> — an action on an entry card.</item>
/// <item><c>m:&lt;item&gt;</c> — main menu; <c>p:&lt;section&gt;:&lt;page&gt;</c> — portfolio lists; <c>o:&lt;entryId&gt;</c> — open a card.</item>
/// <item><c>l:&lt;lang&gt;</c> — language. <c>n:e:&lt;id&gt;</c>, <c>n:d</c>, <c>n:s:&lt;section&gt;</c>, <c>n:k:&lt;kind&gt;</c> — from notifications.</item>
/// </list>
/// </summary>
public static class CallbackData
{
    public static string Flow(int nonce, string action, string? arg = null) =>
        arg is null ? $"f:{nonce.ToString(CultureInfo.InvariantCulture)}:{action}" : $"f:{nonce.ToString(CultureInfo.InvariantCulture)}:{action}:{arg}";

    public static string Entry(int entryId, int revision, string action) =>
        string.Create(CultureInfo.InvariantCulture, $"e:{entryId}:{revision}:{action}");

    public static string Menu(string item) => "m:" + item;

    public static string List(int section, int page) => string.Create(CultureInfo.InvariantCulture, $"p:{section}:{page}");

    public static string Open(int entryId) => string.Create(CultureInfo.InvariantCulture, $"o:{entryId}");

    public static string Language(string code) => "l:" + code;

    /// <summary>Reserved for notifications: open an entry's card (with Fix for a returned entry).</summary>
    public static string NotifyEntry(int entryId) => string.Create(CultureInfo.InvariantCulture, $"n:e:{entryId}");

    /// <summary>Reserved for notifications: open Deadlines.</summary>
    public const string NotifyDeadlines = "n:d";

    /// <summary>Reserved for notifications: start Add entry in a section.</summary>
    public static string NotifySection(int section) => string.Create(CultureInfo.InvariantCulture, $"n:s:{section}");

    /// <summary>Reserved for notifications: start Add entry of a kind.</summary>
    public static string NotifyKind(string kindCode) => "n:k:" + kindCode;

    public static string[] Split(string data) => data.Split(':', 4);

    public static bool TryInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
