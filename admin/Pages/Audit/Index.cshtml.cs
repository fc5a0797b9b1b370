using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Search;

namespace PortfolioBot.Admin.Pages.Audit;

/// <summary>The audit log of the caller's schools: read-only, newest first, filterable.</summary>
public sealed class IndexModel(StaffScope staff) : PageModel
{
    public const int PageSize = 50;

    public AuditFilter Filter { get; private set; } = new();
    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<School> Schools { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];

    public string TimeZoneOf(int? schoolId) =>
        Schools.FirstOrDefault(s => s.Id == schoolId)?.TimeZoneId ?? SchoolCalendar.DefaultTimeZoneId;

    public async Task OnGetAsync([FromQuery] AuditFilter filter, CancellationToken ct)
    {
        Filter = filter;
        Filter.Page = Math.Max(1, Filter.Page);
        Schools = await staff.Schools.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        var records = staff.AuditRecords.AsNoTracking();
        EntityTypes = await records.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        Actions = await records.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);

        if (Filter.School is { } school) records = records.Where(a => a.SchoolId == school);
        if (!string.IsNullOrEmpty(Filter.Type)) records = records.Where(a => a.EntityType == Filter.Type);
        if (!string.IsNullOrEmpty(Filter.Action)) records = records.Where(a => a.Action == Filter.Action);
        if (Filter.EntityId is { } entityId) records = records.Where(a => a.EntityId == entityId);
        if (Filter.From is { } from)
        {
            var fromUtc = SchoolCalendar.ToUtc(from, TimeOnly.MinValue, SchoolCalendar.DefaultTimeZoneId);
            records = records.Where(a => a.At >= fromUtc);
        }
        if (Filter.To is { } to)
        {
            var toUtc = SchoolCalendar.ToUtc(to.AddDays(1), TimeOnly.MinValue, SchoolCalendar.DefaultTimeZoneId);
            records = records.Where(a => a.At < toUtc);
        }
        var ordered = records.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
        var skip = (Filter.Page - 1) * PageSize;
        if (string.IsNullOrWhiteSpace(Filter.Actor))
        {
            Total = await ordered.CountAsync(ct);
            Records = await ordered.Skip(skip).Take(PageSize).ToListAsync(ct);
            return;
        }
        // Names hold Kazakh and Russian letters, which SQLite's LIKE cannot fold: match names here, fetch the page by id.
        var needle = SearchText.Normalize(Filter.Actor);
        var hits = (await ordered.Select(a => new { a.Id, a.ActorName }).ToListAsync(ct))
            .Where(a => SearchText.Normalize(a.ActorName).Contains(needle, StringComparison.Ordinal))
            .Select(a => a.Id).ToList();
        Total = hits.Count;
        var pageIds = hits.Skip(skip).Take(PageSize).ToList();
        Records = await ordered.Where(a => pageIds.Contains(a.Id)).ToListAsync(ct);
    }

    public sealed class AuditFilter
    {
        public int? School { get; set; }
        public string? Type { get; set; }
        public string? Action { get; set; }
        public int? EntityId { get; set; }
        public string? Actor { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
        public int Page { get; set; } = 1;

        public Dictionary<string, string> ToRouteValues(int page)
        {
            var values = new Dictionary<string, string>();
            if (School is { } school) values["school"] = school.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(Type)) values["type"] = Type;
            if (!string.IsNullOrEmpty(Action)) values["action"] = Action;
            if (EntityId is { } id) values["entityId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(Actor)) values["actor"] = Actor;
            if (From is { } from) values["from"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (To is { } to) values["to"] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (page > 1) values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return values;
        }
    }
}
