using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Search;

namespace PortfolioBot.Admin.Review;

/// <summary>
/// The review queue's filters, bound from the query string. The queue and the entry page's next/previous use
/// the same ordering: starred first, then the oldest submission first.
/// </summary>
public sealed class ReviewQuery
{
    public const int PageSize = 25;

    /// <summary>"all" shows every reviewed or waiting status; drafts stay the teacher's own.</summary>
    public const string AllStatuses = "all";

    public int? School { get; set; }
    public int? Section { get; set; }
    public string? Kind { get; set; }
    public int? Teacher { get; set; }
    public string? Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;

    public EntryStatus? StatusFilter =>
        Status == AllStatuses ? null
        : Enum.TryParse<EntryStatus>(Status, ignoreCase: true, out var s) && s != EntryStatus.Draft ? s
        : EntryStatus.Submitted;

    /// <summary>The queue: the filtered entries in queue order.</summary>
    public IQueryable<Entry> Apply(StaffScope staff, PortfolioDbContext db) => InQueueOrder(Filter(staff, db));

    public static IOrderedQueryable<Entry> InQueueOrder(IQueryable<Entry> entries) =>
        entries.OrderByDescending(e => e.IsStarred).ThenBy(e => e.SubmittedAt).ThenBy(e => e.Id);

    /// <summary>The entries the filters let through, in no particular order.</summary>
    public IQueryable<Entry> Filter(StaffScope staff, PortfolioDbContext db)
    {
        var entries = staff.Entries;
        entries = entries.Where(e => e.Status != EntryStatus.Draft);
        if (StatusFilter is { } status) entries = entries.Where(e => e.Status == status);
        if (School is { } school) entries = entries.Where(e => e.SchoolId == school);
        if (Section is { } section)
        {
            var codes = PortfolioCatalogue.KindsOf(section).Select(k => k.Code).ToList();
            entries = entries.Where(e => codes.Contains(e.KindCode));
        }
        if (!string.IsNullOrEmpty(Kind)) entries = entries.Where(e => e.KindCode == Kind);
        if (Teacher is { } teacher) entries = entries.Where(e => e.TeacherId == teacher);
        if (From is { } from) entries = entries.Where(e => e.Date >= from);
        if (To is { } to) entries = entries.Where(e => e.Date <= to);
        // Folded the same way as the stored keys, so "ӘСЕЛ" finds "Әсел" and "ё" finds "е".
        return entries.WhereTextMatches(db, staff.Teachers, Q, withinOneSchool: School is not null || staff.SchoolIds.Count == 1,
            waitingOnly: StatusFilter == EntryStatus.Submitted);
    }

    /// <summary>The entry page's route values: the entry id and the filters, so next/previous follow this queue.</summary>
    public RouteValueDictionary ForEntry(int entryId)
    {
        var values = new RouteValueDictionary();
        foreach (var (key, value) in ToRouteValues()) values[key] = value;
        values["id"] = entryId;
        return values;
    }

    /// <summary>The filters as route values, to keep them on links (paging, the entry page, next/previous).</summary>
    public Dictionary<string, string> ToRouteValues(int? page = null)
    {
        var values = new Dictionary<string, string>();
        if (School is { } school) values["school"] = school.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Section is { } section) values["section"] = section.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(Kind)) values["kind"] = Kind;
        if (Teacher is { } teacher) values["teacher"] = teacher.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(Status)) values["status"] = Status;
        if (From is { } from) values["from"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (To is { } to) values["to"] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(Q)) values["q"] = Q;
        if ((page ?? Page) > 1) values["page"] = (page ?? Page).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
