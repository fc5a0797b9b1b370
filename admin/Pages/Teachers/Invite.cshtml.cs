using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Teachers;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Invitations;

namespace PortfolioBot.Admin.Pages.Teachers;

/// <summary>
/// Issues (or re-issues) a teacher's invitation to the bot. The code exists only in this response — the
/// database keeps its hash — so the page shows the link, the QR code and a printable sheet right away.
/// </summary>
public sealed class InviteModel(StaffScope staff, PortfolioDbContext db, InvitationService invitations, IOptions<InviteLinkOptions> options, TimeProvider time) : PageModel
{
    public int Id { get; private set; }
    public string TeacherName { get; private set; } = "";
    public string SchoolName { get; private set; } = "";
    public Invitation? Latest { get; private set; }
    public bool Linked { get; private set; }
    public string? Code { get; private set; }
    public string? Link { get; private set; }
    public string? QrSvgMarkup { get; private set; }
    public string? BotUsername => string.IsNullOrWhiteSpace(options.Value.BotUsername) ? null : options.Value.BotUsername.TrimStart('@');
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Code = await invitations.IssueForTeacherAsync(id, staff.Actor, ct);
        Link = InviteLinks.DeepLink(BotUsername, Code);
        // Without a bot username there is no link, and a QR of a bare code would only confuse a phone camera.
        QrSvgMarkup = Link is null ? null : QrSvg.Render(Link);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var teacher = await staff.Teachers.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.Id, t.FullName, School = db.Schools.Where(s => s.Id == t.SchoolId).Select(s => s.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (teacher is null) return false;
        Id = teacher.Id;
        TeacherName = teacher.FullName;
        SchoolName = teacher.School;
        Latest = await db.Invitations.AsNoTracking().Where(i => i.TeacherId == id).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).FirstOrDefaultAsync(ct);
        Linked = await db.ChatAccounts.AnyAsync(a => a.TeacherId == id, ct);
        return true;
    }
}
