using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Telegram.Bot.Types.ReplyMarkups;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>The checks Telegram applies to outgoing text that bots most often trip over.</summary>
internal static partial class MessageValidation
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    public const int MaxCallbackDataBytes = 64;

    private static readonly HashSet<string> AllowedHtmlTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji",
    };

    /// <summary>Returns a Bot API error description, or null when Telegram would accept the text.</summary>
    public static string? CheckText(string? text, string? parseMode, bool isCaption)
    {
        if (!isCaption && string.IsNullOrEmpty(text))
        {
            return "Bad Request: message text is empty";
        }

        if (text is null)
        {
            return null;
        }

        string visible = text;
        if (string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            if (CheckHtml(text) is { } htmlError)
            {
                return "Bad Request: can't parse entities: " + htmlError;
            }

            visible = WebUtility.HtmlDecode(HtmlTag().Replace(text, string.Empty));
        }

        var max = isCaption ? MaxCaptionLength : MaxTextLength;
        return visible.Length <= max ? null
            : isCaption ? "Bad Request: message caption is too long" : "Bad Request: message is too long";
    }

    public static string? CheckKeyboard(InlineKeyboardMarkup? markup)
    {
        foreach (var button in markup?.InlineKeyboard.SelectMany(row => row) ?? [])
        {
            if (button.CallbackData is { } data && Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes)
            {
                return "Bad Request: BUTTON_DATA_INVALID";
            }

            if (string.IsNullOrEmpty(button.Text))
            {
                return "Bad Request: text buttons are unallowed in the inline keyboard";
            }
        }

        return null;
    }

    /// <summary>Telegram-style HTML check: only supported tags, properly nested, '&lt;' and '&amp;' escaped.</summary>
    private static string? CheckHtml(string text)
    {
        var open = new Stack<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '&')
            {
                var entity = HtmlEntity().Match(text, i);
                if (!entity.Success || entity.Index != i)
                {
                    return $"Unsupported start tag or unescaped \"&\" at byte offset {i}";
                }

                continue;
            }

            if (text[i] != '<')
            {
                continue;
            }

            var tag = HtmlTag().Match(text, i);
            if (!tag.Success || tag.Index != i)
            {
                return $"Unsupported start tag at byte offset {i}";
            }

            var name = tag.Groups["name"].Value;
            if (!AllowedHtmlTags.Contains(name))
            {
                return $"Unsupported start tag \"{name}\" at byte offset {i}";
            }

            if (tag.Groups["close"].Success)
            {
                if (!open.TryPop(out var expected) || !expected.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return $"Unexpected end tag at byte offset {i}";
                }
            }
            else
            {
                open.Push(name);
            }

            i += tag.Length - 1;
        }

        return open.Count == 0 ? null : $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"&(#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot);")]
    private static partial Regex HtmlEntity();
}
