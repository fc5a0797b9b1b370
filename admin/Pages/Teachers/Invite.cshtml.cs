using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Teachers;
using PortfolioBot.Bot.TelegramAdapter;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Invitations;

namespace PortfolioBot.Admin.Pages.Teachers;

/// <summary>
/// Issues (or re-issues) a teacher's invitation to the bot. The code exists only in this response — the
/// database keeps its hash — so the page shows the link, the QR code and a printable sheet right away.
/// </summary>
public sealed class InviteModel(StaffScope staff, PortfolioDbContext db, InvitationService invitations, BotIdentity bot, TimeProvider time,
    IStringLocalizer<TeachersResource> l) : PageModel
{
    public int Id { get; private set; }
    public string TeacherName { get; private set; } = "";
    public string SchoolName { get; private set; } = "";
    public Invitation? Latest { get; private set; }
    public bool Linked { get; private set; }
    public InviteSheet? Sheet { get; private set; }
    /// <summary>From Telegram:BotUsername, or from getMe once the bot has started; null while unknown.</summary>
    public string? BotUsername => bot.Username;
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var code = await invitations.IssueForTeacherAsync(id, staff.Actor, ct);
        await LoadAsync(id, ct);
        Sheet = InviteSheet.For(code, bot) with
        {
            Title = l["Invite.SheetTitle"], Name = TeacherName, Subtitle = SchoolName, LastStep = l["Invite.Step3"], ExpiresAt = Latest?.ExpiresAt,
        };
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
