namespace PortfolioBot.Core.Schools;

/// <summary>A school year, 1 September to 31 August, named by the year it starts in ("2025/2026").</summary>
public readonly record struct SchoolYear(int StartYear) : IComparable<SchoolYear>
{
    public DateOnly Start => new(StartYear, 9, 1);
    public DateOnly End => new(StartYear + 1, 8, 31);

    public static SchoolYear Of(DateOnly date) => new(date.Month >= 9 ? date.Year : date.Year - 1);

    public SchoolYear Previous => new(StartYear - 1);
    public SchoolYear Next => new(StartYear + 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int CompareTo(SchoolYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(SchoolYear left, SchoolYear right) => left.StartYear < right.StartYear;
    public static bool operator >(SchoolYear left, SchoolYear right) => left.StartYear > right.StartYear;
    public static bool operator <=(SchoolYear left, SchoolYear right) => left.StartYear <= right.StartYear;
    public static bool operator >=(SchoolYear left, SchoolYear right) => left.StartYear >= right.StartYear;

    public override string ToString() => $"{StartYear}/{StartYear + 1}";
}
