using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Access;

/// <summary>
/// The signed-in staff member and the schools they may see, loaded once per request by
/// <see cref="StaffScopeMiddleware"/>. Every page queries through these sets, so another school's row
/// (or a guessed id) is simply not found: the page answers 404 and never reveals that it exists.
/// </summary>
public sealed class StaffScope(PortfolioDbContext db)
{
    private StaffMember? _member;
    private List<int> _schoolIds = [];

    public bool IsSignedIn => _member is not null;

    public StaffMember Member => _member ?? throw new InvalidOperationException("No signed-in staff member in this request.");

    public bool IsAdministrator => _member is { Role: StaffRole.Administrator };

    public IReadOnlyList<int> SchoolIds => _schoolIds;

    /// <summary>Who to write into audit records and reviews.</summary>
    public Actor Actor => Actor.Staff(Member.Id, Member.DisplayName);

    public bool CanSee(int schoolId) => _schoolIds.Contains(schoolId);

    public IQueryable<School> Schools => db.Schools.Where(s => _schoolIds.Contains(s.Id));

    public IQueryable<Teacher> Teachers => db.Teachers.Where(t => _schoolIds.Contains(t.SchoolId));

    /// <summary>Current versions, not deleted: what lists show.</summary>
    public IQueryable<Entry> Entries => db.CurrentEntries.Where(e => _schoolIds.Contains(e.SchoolId));

    /// <summary>Every version that was not deleted, older ones included: for history and links to them.</summary>
    public IQueryable<Entry> AllEntryVersions => db.Entries.Where(e => !e.IsDeleted && _schoolIds.Contains(e.SchoolId));

    /// <summary>Files of the entries above; a deleted draft's files are gone with it.</summary>
    public IQueryable<EvidenceFile> EvidenceFiles =>
        db.EvidenceFiles.Where(f => db.Entries.Any(e => e.Id == f.EntryId && !e.IsDeleted && _schoolIds.Contains(e.SchoolId)));

    public IQueryable<AuditRecord> AuditRecords =>
        db.AuditRecords.Where(a => a.SchoolId != null && _schoolIds.Contains(a.SchoolId.Value));

    public IQueryable<Deadline> Deadlines => db.Deadlines.Where(d => _schoolIds.Contains(d.SchoolId));

    /// <summary>Staff members sharing at least one school with the caller.</summary>
    public IQueryable<StaffMember> StaffMembers =>
        db.StaffMembers.Where(s => s.Schools.Any(x => _schoolIds.Contains(x.SchoolId)));

    /// <summary>Notifications to teachers of the caller's schools, or to staff members sharing one of them.</summary>
    public IQueryable<OutboxMessage> Outbox => db.Outbox.Where(m =>
        (m.TeacherId != null && db.Teachers.Any(t => t.Id == m.TeacherId && _schoolIds.Contains(t.SchoolId)))
        || (m.StaffMemberId != null && db.StaffMembers.Any(s => s.Id == m.StaffMemberId && s.Schools.Any(x => _schoolIds.Contains(x.SchoolId)))));

    /// <summary>Loads the active staff member linked to the identity user; false when there is none.</summary>
    internal async Task<bool> LoadAsync(string userId, CancellationToken ct)
    {
        var member = await db.StaffMembers.AsNoTracking().Include(s => s.Schools)
            .FirstOrDefaultAsync(s => s.UserId == userId && s.IsActive, ct);
        if (member is null) return false;
        _member = member;
        _schoolIds = member.SchoolIds.ToList();
        return true;
    }

    /// <summary>After the caller's own schools change (an administrator adds a school) within the request.</summary>
    internal void AddSchool(int schoolId)
    {
        if (!_schoolIds.Contains(schoolId)) _schoolIds.Add(schoolId);
    }
}
