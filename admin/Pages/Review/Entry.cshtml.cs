using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Localization;
using PortfolioBot.Admin.Review;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Pages.Review;

/// <summary>One entry with everything a reviewer needs to decide, and Confirm / Return.</summary>
public sealed class EntryModel(StaffScope staff, Core.Data.PortfolioDbContext db, ReviewService reviews, IStringLocalizer<SharedResource> l) : PageModel
{
    public Entry Entry { get; private set; } = null!;
    public Teacher Teacher { get; private set; } = null!;
    public School School { get; private set; } = null!;
    public ReviewQuery Query { get; private set; } = new();
    public int? PreviousId { get; private set; }
    public int? NextId { get; private set; }
    public bool NeedsConfirmation { get; private set; }
    public string ConfirmationReason { get; private set; } = "";
    public IReadOnlyList<AuditRecord> History { get; private set; } = [];
    public IReadOnlyList<Entry> Versions { get; private set; } = [];
    public string? ConflictMessage { get; private set; }
    public string? CommentError { get; private set; }

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public bool CanReview => Entry.Status == EntryStatus.Submitted && Entry.IsCurrent && !Entry.IsDeleted;

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] ReviewQuery query, CancellationToken ct)
    {
        Query = query;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostConfirmAsync(int id, [FromQuery] ReviewQuery query, CancellationToken ct) =>
        ReviewAsync(id, query, () => reviews.ConfirmAsync(id, Revision, ct), "Review.ConfirmedMessage", ct);

    public Task<IActionResult> OnPostReturnAsync(int id, [FromQuery] ReviewQuery query, CancellationToken ct) =>
        ReviewAsync(id, query, () => reviews.ReturnAsync(id, Revision, Comment, ct), "Review.ReturnedMessage", ct);

    private async Task<IActionResult> ReviewAsync(int id, ReviewQuery query, Func<Task<ReviewResult>> review, string doneMessage, CancellationToken ct)
    {
        Query = query;
        // Where to go next is decided before the entry leaves the queue.
        var (_, next) = await NeighboursAsync(id, ct);
        var result = await review();
        switch (result.Outcome)
        {
            case ReviewOutcome.NotFound:
                return NotFound();
            case ReviewOutcome.Done:
                TempData["Message"] = l[doneMessage].Value;
                return next is { } nextId
                    ? RedirectToPage("/Review/Entry", query.ForEntry(nextId))
                    : RedirectToPage("/Review/Index", query.ToRouteValues());
        }
        await LoadAsync(id, ct);
        if (result.Outcome == ReviewOutcome.Refused)
        {
            CommentError = result.Rule == EntryRule.TextTooLong ? l["Review.CommentTooLong", Entry.MaxCommentLength] : l["Review.CommentRequired"];
        }
        else
        {
            ConflictMessage = result.ReviewedBy is { } who && result.Status is EntryStatus.Confirmed or EntryStatus.Returned
                ? l["Review.AlreadyReviewed", who, Display.Status(result.Status.Value), Display.When(result.ReviewedAt, School.TimeZoneId)]
                : l["Review.ChangedMeanwhile", result.Status is { } s ? Display.Status(s) : ""];
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var entry = await staff.AllEntryVersions.AsNoTracking().Include(e => e.Evidence).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return false;
        Entry = entry;
        Revision = entry.Revision;
        Teacher = await staff.Teachers.AsNoTracking().FirstAsync(t => t.Id == entry.TeacherId, ct);
        School = await staff.Schools.AsNoTracking().FirstAsync(s => s.Id == entry.SchoolId, ct);
        (PreviousId, NextId) = await NeighboursAsync(id, ct);
        await DescribeConfirmationAsync(ct);
        Versions = await VersionChainAsync(entry, ct);
        var versionIds = Versions.Select(v => v.Id).ToList();
        History = await staff.AuditRecords.AsNoTracking()
            .Where(a => a.EntityType == nameof(Core.Entries.Entry) && versionIds.Contains(a.EntityId))
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .ToListAsync(ct);
        return true;
    }

    private Task<(int? Previous, int? Next)> NeighboursAsync(int id, CancellationToken ct) =>
        QueueNeighbours.FindAsync(Query.Filter(staff, db), id, ct);

    private async Task DescribeConfirmationAsync(CancellationToken ct)
    {
        var kind = Entry.Kind;
        // The entry came through the scope, so its school is one the caller may see.
        var schoolSetting = await db.KindSettings.Where(k => k.SchoolId == Entry.SchoolId && k.KindCode == kind.Code)
            .Select(k => (bool?)k.NeedsConfirmation).FirstOrDefaultAsync(ct);
        NeedsConfirmation = ConfirmationRule.NeedsConfirmation(kind, schoolSetting, Entry.DocumentType);
        ConfirmationReason = Entry.DocumentType is { } type && DocumentTypes.IsExemptFromConfirmation(type)
            ? l["Rule.ExemptDocument", Display.Text(Terms.Of(type))]
            : schoolSetting is not null ? l["Rule.SchoolSetting"] : l["Rule.CatalogueDefault"];
    }

    /// <summary>Every version of this entry, oldest first: back through PreviousVersion and forward to newer ones.</summary>
    private async Task<IReadOnlyList<Entry>> VersionChainAsync(Entry entry, CancellationToken ct)
    {
        var chain = new List<Entry> { entry };
        for (var back = entry; back.PreviousVersionId is { } previousId;)
        {
            back = await staff.AllEntryVersions.AsNoTracking().FirstAsync(e => e.Id == previousId, ct);
            chain.Insert(0, back);
        }
        for (var forward = entry; await staff.AllEntryVersions.AsNoTracking().FirstOrDefaultAsync(e => e.PreviousVersionId == forward.Id, ct) is { } newer;)
        {
            chain.Add(newer);
            forward = newer;
        }
        return chain;
    }
}
