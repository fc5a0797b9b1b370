namespace PortfolioBot.Core.Staff;

public enum StaffRole
{
    /// <summary>Everything for their schools: staff, teachers, deadlines, catalogue flags.</summary>
    Administrator = 1,

    /// <summary>A deputy director: review and reports for the schools assigned to them.</summary>
    Reviewer = 2,
}

/// <summary>A member of the school administration. The sign-in account lives in the admin's identity store.</summary>
public class StaffMember
{
    private readonly List<StaffSchool> _schools = [];

    private StaffMember() { DisplayName = null!; }

    public StaffMember(string displayName, StaffRole role, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        DisplayName = displayName.Trim();
        Role = role;
        CreatedAt = createdAtUtc;
        IsActive = true;
    }

    public int Id { get; private set; }

    /// <summary>The identity user id of the admin's sign-in account, when there is one.</summary>
    public string? UserId { get; set; }

    public string DisplayName { get; private set; }
    public StaffRole Role { get; private set; }
    public bool IsActive { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<StaffSchool> Schools => _schools;

    public IEnumerable<int> SchoolIds => _schools.Select(s => s.SchoolId);

    public void Rename(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        DisplayName = displayName.Trim();
    }

    public void ChangeRole(StaffRole role) => Role = role;

    public void AssignSchools(IEnumerable<int> schoolIds)
    {
        var wanted = schoolIds.Distinct().ToHashSet();
        _schools.RemoveAll(s => !wanted.Contains(s.SchoolId));
        foreach (var id in wanted.Where(id => _schools.All(s => s.SchoolId != id)))
            _schools.Add(new StaffSchool(id));
    }

    public bool CanSee(int schoolId) => IsActive && _schools.Any(s => s.SchoolId == schoolId);

    public void Deactivate() => IsActive = false;
    public void Reactivate() => IsActive = true;
}

public class StaffSchool
{
    private StaffSchool() { }

    public StaffSchool(int schoolId) => SchoolId = schoolId;

    public int StaffMemberId { get; private set; }
    public int SchoolId { get; private set; }
}
