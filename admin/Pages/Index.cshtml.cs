using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Admin.Pages;

/// <summary>The dashboard: what waits for the caller's schools.</summary>
public sealed class IndexModel(StaffScope staff) : PageModel
{
    public int WaitingCount { get; private set; }
    public DateTime? OldestWaiting { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var waiting = staff.Entries.Where(e => e.Status == EntryStatus.Submitted);
        WaitingCount = await waiting.CountAsync(ct);
        OldestWaiting = await waiting.MinAsync(e => e.SubmittedAt, ct);
    }
}
