using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Teachers;
using PortfolioBot.Bot.TelegramAdapter;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Invitations;

namespace PortfolioBot.Admin.Pages.Account;

/// <summary>
/// The signed-in staff member links their own Telegram, so the morning digest reaches them there. Same
/// one-time code, deep link and QR as a teacher's invite; the code exists only in the POST's response.
/// </summary>
public sealed class TelegramModel(StaffScope staff, PortfolioDbContext db, InvitationService invitations, BotIdentity bot, TimeProvider time,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public bool Linked { get; private set; }
    public DateTime? LinkedAt { get; private set; }
    public bool Unreachable { get; private set; }
    public Invitation? Latest { get; private set; }
    public InviteSheet? Sheet { get; private set; }
    public string? BotUsername => bot.Username;
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        var code = await invitations.IssueForStaffAsync(staff.Member.Id, staff.Actor, ct);
        await LoadAsync(ct);
        Sheet = InviteSheet.For(code, bot) with
        {
            Title = l["Telegram.SheetTitle"], Name = staff.Member.DisplayName, LastStep = l["Telegram.LastStep"], ExpiresAt = Latest?.ExpiresAt,
        };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var id = staff.Member.Id;
        var account = await db.ChatAccounts.AsNoTracking().Where(a => a.StaffMemberId == id)
            .OrderByDescending(a => a.LinkedAt).Select(a => new { a.LinkedAt, a.UnreachableSince }).FirstOrDefaultAsync(ct);
        Linked = account is not null;
        LinkedAt = account?.LinkedAt;
        Unreachable = account?.UnreachableSince is not null;
        Latest = await db.Invitations.AsNoTracking().Where(i => i.StaffMemberId == id)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).FirstOrDefaultAsync(ct);
    }
}
