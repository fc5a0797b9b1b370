namespace PortfolioBot.Core.Schools;

/// <summary>"Today" and "now" as the school sees them, from the injected <see cref="TimeProvider"/>.</summary>
public sealed class SchoolCalendar(TimeProvider time)
{
    public const string DefaultTimeZoneId = "Asia/Almaty";

    public static TimeZoneInfo FindTimeZone(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new ArgumentException($"Unknown time zone '{timeZoneId}'. Use an IANA id such as {DefaultTimeZoneId}.", nameof(timeZoneId), ex);
        }
    }

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTimeOffset LocalNow(string timeZoneId) =>
        TimeZoneInfo.ConvertTime(time.GetUtcNow(), FindTimeZone(timeZoneId));

    public DateOnly Today(string timeZoneId = DefaultTimeZoneId) => DateOnly.FromDateTime(LocalNow(timeZoneId).DateTime);

    public SchoolYear CurrentYear(string timeZoneId = DefaultTimeZoneId) => SchoolYear.Of(Today(timeZoneId));

    /// <summary>The UTC instant at which a local wall-clock time happens in the school's zone.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), FindTimeZone(timeZoneId));
}
