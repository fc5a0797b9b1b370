using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Bot.Flows;

/// <summary>My portfolio: the four sections with counts per status, then a section's entries, starred first, paged.</summary>
public sealed class PortfolioFlow
{
    public const int PageSize = 8;

    public async Task ShowSectionsAsync(Conversation c, CancellationToken ct)
    {
        var teacherId = c.RequireTeacher.Id;
        var rows = await c.Db.CurrentEntries.AsNoTracking().Where(e => e.TeacherId == teacherId)
            .Select(e => new { e.KindCode, e.Status }).ToListAsync(ct);
        var lines = new List<string> { c.T(T.PortfolioTitle) };
        var buttons = new List<IReadOnlyList<ChatButton>>();
        foreach (var section in PortfolioCatalogue.Sections)
        {
            var counts = rows.Where(r => PortfolioCatalogue.Find(r.KindCode)?.Section == section.Number)
                .GroupBy(r => r.Status).OrderBy(g => g.Key)
                .Select(g => $"{Terms.Of(g.Key).Get(c.Language)}: {g.Count()}").ToList();
            lines.Add($"\n{section.Number}. {section.Name.Get(c.Language)}\n   {(counts.Count == 0 ? c.T(T.PortfolioEmpty) : string.Join(", ", counts))}");
            buttons.Add([new($"{section.Number}. {section.Name.Get(c.Language)}", CallbackData.List(section.Number, 0))]);
        }
        buttons.Add([MainMenuFlow.MenuButton(c)]);
        await c.ShowAsync(new OutgoingMessage(string.Join('\n', lines), buttons), ct);
    }

    public async Task ShowSectionAsync(Conversation c, int section, int page, CancellationToken ct)
    {
        if (section is < 1 or > 4)
        {
            await ShowSectionsAsync(c, ct);
            return;
        }
        var teacherId = c.RequireTeacher.Id;
        var kinds = PortfolioCatalogue.KindsOf(section).Select(k => k.Code).ToList();
        var query = c.Db.CurrentEntries.AsNoTracking().Where(e => e.TeacherId == teacherId && kinds.Contains(e.KindCode));
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var entries = await query.OrderByDescending(e => e.IsStarred).ThenByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip(page * PageSize).Take(PageSize).ToListAsync(ct);

        var name = $"{section}. {PortfolioCatalogue.Section(section).Name.Get(c.Language)}";
        var text = total == 0 ? c.F(T.SectionNoEntries, name) : c.F(T.SectionEntries, name, page + 1, pages);
        var rows = entries.Select(e => (IReadOnlyList<ChatButton>)[new(Line(c, e), CallbackData.Open(e.Id))]).ToList();
        var nav = new List<ChatButton>();
        if (page > 0) nav.Add(new(c.T(T.Prev), CallbackData.List(section, page - 1)));
        if (page < pages - 1) nav.Add(new(c.T(T.Next), CallbackData.List(section, page + 1)));
        if (nav.Count > 0) rows.Add(nav);
        rows.Add([new(c.T(T.AddHere), CallbackData.NotifySection(section))]);
        rows.Add([new(c.T(T.ToSections), CallbackData.List(0, 0)), MainMenuFlow.MenuButton(c)]);
        await c.ShowAsync(new OutgoingMessage(text, rows), ct);
    }

    private static string Line(Conversation c, Entry e)
    {
        var icon = e.Status switch
        {
            EntryStatus.Draft => "📝",
            EntryStatus.Submitted => "📤",
            EntryStatus.Confirmed => "✅",
            EntryStatus.Returned => "🛠",
            _ => "📌",
        };
        var title = e.Title.Length > 40 ? e.Title[..39] + "…" : e.Title;
        return $"{(e.IsStarred ? "⭐" : string.Empty)}{icon} {e.Date:dd.MM.yy} {title}";
    }
}
