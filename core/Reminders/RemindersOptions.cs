using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Reminders;

/// <summary>When reminders go out. Times are wall-clock times in each school's time zone.</summary>
public sealed class RemindersOptions : IValidatableObject
{
    public const string SectionName = "Reminders";

    /// <summary>Quiet hours begin: nothing is delivered from here until <see cref="QuietEnd"/>.</summary>
    public TimeOnly QuietStart { get; set; } = new(20, 0);

    /// <summary>Quiet hours end: what fell due at night goes out from this time. Equal to QuietStart = no quiet hours.</summary>
    public TimeOnly QuietEnd { get; set; } = new(9, 0);

    /// <summary>Days before a deadline on which teachers who have not met it are reminded; 0 = on the day.</summary>
    public string DeadlineOffsetsDays { get; set; } = "14,7,3,1,0";

    /// <summary>While a deadline is overdue, remind again every this many days.</summary>
    [Range(1, 365, ErrorMessage = "Reminders:OverdueRepeatDays must be between 1 and 365.")]
    public int OverdueRepeatDays { get; set; } = 7;

    /// <summary>A teacher with no activity for this many days gets a gentle nudge, once per such period.</summary>
    [Range(1, 3650, ErrorMessage = "Reminders:NudgeAfterDays must be between 1 and 3650.")]
    public int NudgeAfterDays { get; set; } = 30;

    /// <summary>Reviewers get their digest of waiting entries from this local time on (once a day).</summary>
    public TimeOnly DigestTime { get; set; } = new(9, 0);

    /// <summary>How often the reminder jobs look at deadlines, digests and nudges, in minutes.</summary>
    [Range(1, 1440, ErrorMessage = "Reminders:ScanIntervalMinutes must be between 1 and 1440.")]
    public int ScanIntervalMinutes { get; set; } = 15;

    /// <summary>How often personal "remind me" reminders are checked, in minutes.</summary>
    [Range(1, 1440, ErrorMessage = "Reminders:PersonalIntervalMinutes must be between 1 and 1440.")]
    public int PersonalIntervalMinutes { get; set; } = 1;

    /// <summary>Time zone for staff who have no school yet.</summary>
    public string DefaultTimeZone { get; set; } = SchoolCalendar.DefaultTimeZoneId;

    public bool HasQuietHours => QuietStart != QuietEnd;

    /// <summary>The offsets, largest first.</summary>
    public IReadOnlyList<int> Offsets() =>
        [.. DeadlineOffsetsDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, CultureInfo.InvariantCulture)).Distinct().OrderDescending()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var parts = DeadlineOffsetsDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d > 365))
            yield return new("Reminders:DeadlineOffsetsDays must be a comma-separated list of whole days between 0 and 365, e.g. \"14,7,3,1,0\".", [nameof(DeadlineOffsetsDays)]);
        ValidationResult? zone = null;
        try { SchoolCalendar.FindTimeZone(DefaultTimeZone); }
        catch (ArgumentException ex) { zone = new($"Reminders:DefaultTimeZone: {ex.Message}", [nameof(DefaultTimeZone)]); }
        if (zone is not null) yield return zone;
    }
}
