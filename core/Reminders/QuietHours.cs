using Microsoft.Extensions.Options;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Reminders;

/// <summary>Nobody gets a message at night: the first instant at or after a time that is outside quiet hours.</summary>
public sealed class QuietHours(IOptions<RemindersOptions> options)
{
    public DateTime NextAllowed(DateTime utc, string timeZoneId)
    {
        var o = options.Value;
        if (!o.HasQuietHours) return utc;
        var zone = SchoolCalendar.FindTimeZone(timeZoneId);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var clock = TimeOnly.FromDateTime(local);
        var wraps = o.QuietStart > o.QuietEnd; // 20:00–09:00 spans midnight
        var quiet = wraps ? clock >= o.QuietStart || clock < o.QuietEnd : clock >= o.QuietStart && clock < o.QuietEnd;
        if (!quiet) return utc;
        var date = DateOnly.FromDateTime(local);
        if (wraps && clock >= o.QuietStart) date = date.AddDays(1);
        return SchoolCalendar.ToUtc(date, o.QuietEnd, timeZoneId);
    }

    public bool IsQuiet(DateTime utc, string timeZoneId) => NextAllowed(utc, timeZoneId) > utc;
}
