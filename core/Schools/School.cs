namespace PortfolioBot.Core.Schools;

public class School
{
    private School() { Name = null!; TimeZoneId = null!; }

    public School(string name, string timeZoneId = SchoolCalendar.DefaultTimeZoneId)
    {
        Name = null!;
        Rename(name);
        SchoolCalendar.FindTimeZone(timeZoneId);
        TimeZoneId = timeZoneId;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>IANA time zone id; Kazakhstan's schools are on Asia/Almaty (UTC+5 since 1 March 2024).</summary>
    public string TimeZoneId { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void MoveToTimeZone(string timeZoneId)
    {
        SchoolCalendar.FindTimeZone(timeZoneId);
        TimeZoneId = timeZoneId;
    }
}
