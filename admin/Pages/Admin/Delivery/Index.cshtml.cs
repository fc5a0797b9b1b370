using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Delivery;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Admin.Pages.Admin.Delivery;

/// <summary>
/// Notifications of the administrator's schools that did not reach Telegram (failed after the retries, in doubt
/// after a crash, or the recipient blocked the bot), newest first, each with "Send again".
/// </summary>
public sealed class IndexModel(StaffScope staff, PortfolioDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var problems = DeliveryProblems.Of(staff);
        Total = await problems.CountAsync(ct);
        Rows = await problems.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new Row(
                m.Id, m.Kind, m.Status, m.CreatedAt, m.Attempts, m.LastError,
                db.Teachers.Where(t => t.Id == m.TeacherId).Select(t => t.FullName).FirstOrDefault()
                    ?? db.StaffMembers.Where(s => s.Id == m.StaffMemberId).Select(s => s.DisplayName).FirstOrDefault() ?? "",
                m.TeacherId))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRequeueAsync(long id, CancellationToken ct)
    {
        var message = await DeliveryProblems.Of(staff).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var schoolId = message.TeacherId is { } teacherId
            ? await db.Teachers.Where(t => t.Id == teacherId).Select(t => t.SchoolId).FirstAsync(ct)
            : await db.StaffSchools.Where(x => x.StaffMemberId == message.StaffMemberId && staff.SchoolIds.Contains(x.SchoolId)).Select(x => x.SchoolId).FirstAsync(ct);
        var was = $"{message.Kind}, {message.Status}, {message.Attempts}: {message.LastError}";
        message.Requeue(now);
        db.Audit(staff.Actor, nameof(OutboxMessage), checked((int)message.Id), "requeued", now, was, schoolId);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = l["Delivery.Requeued"].Value;
        return RedirectToPage(new { p = PageNumber });
    }

    public sealed record Row(long Id, NotificationKind Kind, OutboxStatus Status, DateTime CreatedAt, int Attempts, string? LastError, string Recipient, int? TeacherId)
    {
        public bool InDoubt => OutboxMessage.IsInDoubt(Status, LastError);
    }
}
