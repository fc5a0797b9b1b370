namespace PortfolioBot.Core.Teachers;

/// <summary>One completed institution, as written in the diploma.</summary>
public class EducationRecord
{
    private EducationRecord() { Institution = null!; }

    public EducationRecord(string institution, int yearCompleted, string? specialty, string? qualification)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(institution);
        if (yearCompleted is < 1950 or > 2100) throw new ArgumentOutOfRangeException(nameof(yearCompleted), yearCompleted, "Year must be between 1950 and 2100.");
        Institution = institution.Trim();
        YearCompleted = yearCompleted;
        Specialty = specialty?.Trim();
        Qualification = qualification?.Trim();
    }

    public int Id { get; private set; }
    public int TeacherId { get; private set; }
    public string Institution { get; private set; }
    public int YearCompleted { get; private set; }
    public string? Specialty { get; private set; }
    public string? Qualification { get; private set; }
}
