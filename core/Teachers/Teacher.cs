using PortfolioBot.Core.Search;

namespace PortfolioBot.Core.Teachers;

/// <summary>A teacher of one school and the profile of portfolio section 1 ("General information").</summary>
public class Teacher
{
    public const int AttestationPeriodYears = 5;
    public const int MaxNameLength = 200;

    private readonly List<EducationRecord> _education = [];

    private Teacher() { FullName = null!; SearchKey = null!; }

    public Teacher(int schoolId, string fullName, DateTime createdAtUtc)
    {
        SchoolId = schoolId;
        FullName = null!;
        SearchKey = null!;
        Rename(fullName);
        CreatedAt = createdAtUtc;
        LastActivityAt = createdAtUtc;
        IsActive = true;
    }

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public string FullName { get; private set; }

    /// <summary>Case-folded full name for search that works for Kazakh and Russian letters.</summary>
    public string SearchKey { get; private set; }

    public int? BirthYear { get; private set; }
    public string? Subjects { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public DateOnly? TotalExperienceSince { get; private set; }
    public DateOnly? PedagogicalExperienceSince { get; private set; }
    public DateOnly? SchoolExperienceSince { get; private set; }

    public QualificationCategory? Category { get; private set; }
    public DateOnly? CategoryAwardedOn { get; private set; }

    public bool IsActive { get; private set; }
    public bool NudgesMuted { get; set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime LastActivityAt { get; private set; }

    public IReadOnlyList<EducationRecord> Education => _education;

    /// <summary>Attestation for a category is due every five years from when it was awarded.</summary>
    public DateOnly? NextAttestationDue => CategoryAwardedOn?.AddYears(AttestationPeriodYears);

    public Experience? TotalExperience(DateOnly asOf) => TotalExperienceSince is { } d ? Experience.Between(d, asOf) : null;
    public Experience? PedagogicalExperience(DateOnly asOf) => PedagogicalExperienceSince is { } d ? Experience.Between(d, asOf) : null;
    public Experience? SchoolExperience(DateOnly asOf) => SchoolExperienceSince is { } d ? Experience.Between(d, asOf) : null;

    public void Rename(string fullName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        var trimmed = string.Join(' ', fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length > MaxNameLength) throw new ArgumentException($"A name is at most {MaxNameLength} characters.", nameof(fullName));
        FullName = trimmed;
        SearchKey = SearchText.Normalize(trimmed);
    }

    public void SetBirthYear(int? year, DateOnly today)
    {
        if (year is { } y && (y < 1930 || y > today.Year - 16))
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year of birth must be between 1930 and {today.Year - 16}.");
        BirthYear = year;
    }

    public void SetExperienceStarts(DateOnly? total, DateOnly? pedagogical, DateOnly? thisSchool, DateOnly today)
    {
        foreach (var d in new[] { total, pedagogical, thisSchool })
        {
            if (d is { } date && (date > today || date.Year < 1950))
                throw new ArgumentOutOfRangeException(nameof(total), date, "Experience start must be between 1950 and today.");
        }
        TotalExperienceSince = total;
        PedagogicalExperienceSince = pedagogical;
        SchoolExperienceSince = thisSchool;
    }

    public void SetCategory(QualificationCategory? category, DateOnly? awardedOn, DateOnly today)
    {
        if (category is null) { Category = null; CategoryAwardedOn = null; return; }
        if (awardedOn is not { } awarded) throw new ArgumentException("A category needs the date it was awarded.", nameof(awardedOn));
        if (awarded > today || awarded.Year < 1950) throw new ArgumentOutOfRangeException(nameof(awardedOn), awarded, "The award date must be between 1950 and today.");
        Category = category;
        CategoryAwardedOn = awarded;
    }

    public EducationRecord AddEducation(string institution, int yearCompleted, string? specialty, string? qualification)
    {
        var record = new EducationRecord(institution, yearCompleted, specialty, qualification);
        _education.Add(record);
        return record;
    }

    public bool RemoveEducation(int educationRecordId) => _education.RemoveAll(e => e.Id == educationRecordId) > 0;

    public void Deactivate() => IsActive = false;
    public void Reactivate() => IsActive = true;

    public void MoveToSchool(int schoolId) => SchoolId = schoolId;

    /// <summary>
    /// Records that the teacher used the bot. Only to the minute: it decides day-level nudges, and writing the
    /// teacher row on every tap of a conversation would cost a database write per message.
    /// </summary>
    public void TouchActivity(DateTime utcNow)
    {
        if (utcNow - LastActivityAt >= ActivityResolution) LastActivityAt = utcNow;
    }

    public static readonly TimeSpan ActivityResolution = TimeSpan.FromMinutes(1);
}
