namespace PortfolioBot.Core.Deadlines;

/// <summary>Who a deadline is for.</summary>
public enum DeadlineAudience
{
    WholeSchool = 1,
    ChosenTeachers = 2,

    /// <summary>Teachers whose next attestation falls in the current school year.</summary>
    AttestationDueThisYear = 3,
}

/// <summary>What a teacher must have done by the deadline.</summary>
public enum DeadlineRequirement
{
    /// <summary>At least one confirmed (or recorded) entry in each of the four sections.</summary>
    ConfirmedEntryInEverySection = 1,

    /// <summary>No drafts or returned entries left: everything was submitted.</summary>
    AllEntriesSubmitted = 2,
}

/// <summary>A date by which teachers of a school must have their portfolio in a given state.</summary>
public class Deadline
{
    private readonly List<DeadlineTeacher> _teachers = [];

    private Deadline() { Title = null!; }

    public Deadline(int schoolId, string title, DateOnly dueOn, DeadlineAudience audience, DeadlineRequirement requirement, int? createdByStaffId, DateTime utcNow)
    {
        SchoolId = schoolId;
        Title = null!;
        Change(title, dueOn, audience, requirement);
        CreatedByStaffId = createdByStaffId;
        CreatedAt = utcNow;
    }

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public string Title { get; private set; }
    public string? Description { get; set; }
    public DateOnly DueOn { get; private set; }
    public DeadlineAudience Audience { get; private set; }
    public DeadlineRequirement Requirement { get; private set; }
    public int? CreatedByStaffId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ArchivedAt { get; private set; }

    public IReadOnlyList<DeadlineTeacher> Teachers => _teachers;

    public void Change(string title, DateOnly dueOn, DeadlineAudience audience, DeadlineRequirement requirement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (title.Trim().Length > 200) throw new ArgumentException("A deadline title is at most 200 characters.", nameof(title));
        Title = title.Trim();
        DueOn = dueOn;
        Audience = audience;
        Requirement = requirement;
    }

    public void ChooseTeachers(IEnumerable<int> teacherIds)
    {
        var wanted = teacherIds.ToHashSet();
        _teachers.RemoveAll(t => !wanted.Contains(t.TeacherId));
        foreach (var id in wanted.Where(id => _teachers.All(t => t.TeacherId != id))) _teachers.Add(new DeadlineTeacher(id));
    }

    public void Archive(DateTime utcNow) => ArchivedAt ??= utcNow;
}

public class DeadlineTeacher
{
    private DeadlineTeacher() { }

    public DeadlineTeacher(int teacherId) => TeacherId = teacherId;

    public int DeadlineId { get; private set; }
    public int TeacherId { get; private set; }
}
