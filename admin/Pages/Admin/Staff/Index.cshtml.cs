using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Pages.Admin.Staff;

/// <summary>Staff of the administrator's schools, with their sign-in email and state.</summary>
public sealed class IndexModel(StaffScope staff, AdminIdentityDbContext identity, TimeProvider time) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var members = await staff.StaffMembers.AsNoTracking().Include(s => s.Schools).OrderBy(s => s.DisplayName).ToListAsync(ct);
        var schools = await staff.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var userIds = members.Select(m => m.UserId).OfType<string>().ToList();
        var users = await identity.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var now = time.GetUtcNow();
        Rows = members.Select(m =>
        {
            var user = m.UserId is { } id ? users.GetValueOrDefault(id) : null;
            return new Row(m, user?.Email ?? "", user?.LockoutEnd > now,
                string.Join(", ", m.SchoolIds.Where(schools.ContainsKey).Select(s => schools[s]).Order()));
        }).ToList();
    }

    public sealed record Row(StaffMember Member, string Email, bool LockedOut, string Schools);
}
