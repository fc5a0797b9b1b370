namespace PortfolioBot.Core.Teachers;

/// <summary>Length of service computed for a date, never stored (a stored number goes stale).</summary>
public readonly record struct Experience(int Years, int Months)
{
    public static Experience Between(DateOnly since, DateOnly asOf)
    {
        if (asOf < since) return default;
        var months = (asOf.Year - since.Year) * 12 + asOf.Month - since.Month;
        if (asOf.Day < since.Day && !IsLastDayOfMonth(asOf)) months--;
        return new Experience(months / 12, months % 12);
    }

    private static bool IsLastDayOfMonth(DateOnly d) => d.Day == DateTime.DaysInMonth(d.Year, d.Month);

    public override string ToString() => $"{Years}y {Months}m";
}
