using Microsoft.Extensions.Localization;

namespace PortfolioBot.Admin.Localization;

public static class LocalizerExtensions
{
    /// <summary>An audit action ("confirmed", "staff-created") in words; an action without a translation shows as stored.</summary>
    public static string Action(this IStringLocalizer localizer, string action)
    {
        var text = localizer[$"Action.{action}"];
        return text.ResourceNotFound ? action : text.Value;
    }
}
