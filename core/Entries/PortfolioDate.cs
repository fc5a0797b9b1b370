using System.Globalization;
using System.Text.RegularExpressions;

namespace PortfolioBot.Core.Entries;

public enum DateProblem
{
    None,
    Unreadable,
    NotACalendarDate,
    InFuture,
    TooOld,
}

/// <summary>The regulation's "every material must be dated": a real date between 1950 and today (school time).</summary>
public static partial class PortfolioDate
{
    public static readonly DateOnly Earliest = new(1950, 1, 1);

    private static readonly string[] TodayWords = ["today", "сегодня", "бүгін", "бугин", "бүгiн"];
    private static readonly string[] YesterdayWords = ["yesterday", "вчера", "кеше"];

    public static DateProblem Check(DateOnly date, DateOnly today) =>
        date > today ? DateProblem.InFuture : date < Earliest ? DateProblem.TooOld : DateProblem.None;

    /// <summary>Reads dd.mm.yyyy, d.m.yy, yyyy-mm-dd, and today/yesterday in kk, ru, en.</summary>
    public static DateProblem TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var input = (text ?? string.Empty).Trim().ToLower(CultureInfo.InvariantCulture);
        if (input.Length == 0) return DateProblem.Unreadable;
        if (TodayWords.Contains(input)) { date = today; return DateProblem.None; }
        if (YesterdayWords.Contains(input)) { date = today.AddDays(-1); return DateProblem.None; }

        int year, month, day;
        if (DayFirst().Match(input) is { Success: true } m)
        {
            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            year = ExpandYear(m.Groups["y"].Value, today);
        }
        else if (YearFirst().Match(input) is { Success: true } iso)
        {
            year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            return DateProblem.Unreadable;
        }

        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
            return DateProblem.NotACalendarDate;
        date = new DateOnly(year, month, day);
        return Check(date, today);
    }

    private static int ExpandYear(string digits, DateOnly today)
    {
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4) return value;
        // Two digits mean the nearest year not more than one ahead: on 31.12.2025, "1.1.26" is tomorrow (refused
        // as the future), not 1926 (which would be refused as "before 1950" and puzzle the teacher).
        var century = today.Year / 100 * 100;
        return century + value > today.Year + 1 ? century - 100 + value : century + value;
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})[.\/](?<m>\d{1,2})[.\/](?<y>\d{2}|\d{4})$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex YearFirst();
}
