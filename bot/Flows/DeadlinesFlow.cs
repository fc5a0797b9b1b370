using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Bot.Flows;

/// <summary>Deadlines that apply to the teacher, each with its due date and what is still missing, computed from their entries.</summary>
public sealed class DeadlinesFlow
{
    public async Task ShowAsync(Conversation c, CancellationToken ct)
    {
        var teacher = c.RequireTeacher;
        var deadlines = await c.Db.Deadlines.AsNoTracking().Include(d => d.Teachers)
            .Where(d => d.SchoolId == teacher.SchoolId && d.ArchivedAt == null && d.DueOn >= c.Today)
            .OrderBy(d => d.DueOn).ToListAsync(ct);
        var year = SchoolYear.Of(c.Today);
        var mine = deadlines.Where(d => d.Audience switch
        {
            DeadlineAudience.WholeSchool => true,
            DeadlineAudience.ChosenTeachers => d.Teachers.Any(t => t.TeacherId == teacher.Id),
            DeadlineAudience.AttestationDueThisYear => teacher.NextAttestationDue is { } due && year.Contains(due),
            _ => false,
        }).ToList();

        var rows = new List<IReadOnlyList<ChatButton>>();
        if (mine.Count == 0)
        {
            rows.Add([MainMenuFlow.MenuButton(c)]);
            await c.ShowAsync(new OutgoingMessage(c.T(T.DeadlinesTitle) + "\n\n" + c.T(T.DeadlinesNone), rows), ct);
            return;
        }

        var entries = await c.Db.CurrentEntries.AsNoTracking().Where(e => e.TeacherId == teacher.Id)
            .Select(e => new { e.KindCode, e.Status }).ToListAsync(ct);
        var finalSections = entries.Where(e => e.Status.IsFinal()).Select(e => PortfolioCatalogue.Get(e.KindCode).Section).ToHashSet();
        var missingSections = PortfolioCatalogue.Sections.Select(s => s.Number).Where(n => !finalSections.Contains(n)).ToList();
        var unsubmitted = entries.Count(e => e.Status.IsEditable());

        var lines = new List<string> { c.T(T.DeadlinesTitle) };
        foreach (var d in mine)
        {
            lines.Add("\n" + c.F(T.DeadlineDue, d.DueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), d.Title));
            if (d.Requirement == DeadlineRequirement.ConfirmedEntryInEverySection)
                lines.Add(missingSections.Count == 0 ? c.T(T.DeadlineDone) : c.F(T.DeadlineMissingSections, string.Join(", ", missingSections)));
            else
                lines.Add(unsubmitted == 0 ? c.T(T.DeadlineDone) : c.F(T.DeadlineUnsubmitted, unsubmitted));
        }
        if (mine.Any(d => d.Requirement == DeadlineRequirement.ConfirmedEntryInEverySection) && missingSections.Count > 0)
            rows.Add([.. missingSections.Select(n => new ChatButton(c.F(T.DeadlineAddIn, n), CallbackData.NotifySection(n)))]);
        if (mine.Any(d => d.Requirement == DeadlineRequirement.AllEntriesSubmitted) && unsubmitted > 0)
            rows.Add([new(c.T(T.MenuPortfolio), CallbackData.List(0, 0))]);
        rows.Add([MainMenuFlow.MenuButton(c)]);
        await c.ShowAsync(new OutgoingMessage(string.Join('\n', lines), rows), ct);
    }
}
