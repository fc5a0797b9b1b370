using System.Globalization;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Admin.Localization;

/// <summary>How values read on the pages: times in the school's zone, sizes in KB/MB, catalogue words in the UI language.</summary>
public static class Display
{
    public static string When(DateTime? utc, string timeZoneId = SchoolCalendar.DefaultTimeZoneId) =>
        utc is { } value
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), SchoolCalendar.FindTimeZone(timeZoneId)).ToString("g", CultureInfo.CurrentCulture)
            : "";

    public static string Day(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Day(DateTime? utc, string timeZoneId = SchoolCalendar.DefaultTimeZoneId) =>
        utc is { } value
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), SchoolCalendar.FindTimeZone(timeZoneId))).ToString("d", CultureInfo.CurrentCulture)
            : "";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    public static string Text(LocalizedText text) => text.Get(LocalizationSetup.CurrentLanguage);

    public static string Status(EntryStatus status) => Text(Terms.Of(status));

    public static string KindName(string kindCode) => PortfolioCatalogue.Find(kindCode) is { } kind ? Text(kind.Name) : kindCode;

    public static string SectionName(int section) => $"{section}. {Text(PortfolioCatalogue.Section(section).Name)}";

    public static string StatusBadge(EntryStatus status) => status switch
    {
        EntryStatus.Submitted => "text-bg-warning",
        EntryStatus.Confirmed => "text-bg-success",
        EntryStatus.Returned => "text-bg-danger",
        EntryStatus.Recorded => "text-bg-info",
        _ => "text-bg-secondary",
    };
}
