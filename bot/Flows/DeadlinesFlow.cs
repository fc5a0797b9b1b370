using System.Globalization;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Delivery;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Deadlines;

namespace PortfolioBot.Bot.Flows;

/// <summary>
/// Deadlines that apply to the teacher, each with its due date and what is still missing — the same
/// <see cref="DeadlineProgress"/> the reminders and the admin use, so the three never disagree.
/// </summary>
public sealed class DeadlinesFlow(DeadlineProgress progress)
{
    public async Task ShowAsync(Conversation c, CancellationToken ct)
    {
        var teacher = c.RequireTeacher;
        // Past deadlines are chased by overdue reminders; the screen lists what is still ahead.
        var mine = (await progress.ForTeacherAsync(teacher.Id, ct)).Where(d => d.Deadline.DueOn >= c.Today).ToList();

        var rows = new List<IReadOnlyList<ChatButton>>();
        if (mine.Count == 0)
        {
            rows.Add([MainMenuFlow.MenuButton(c)]);
            await c.ShowAsync(new OutgoingMessage(c.T(T.DeadlinesTitle) + "\n\n" + c.T(T.DeadlinesNone), rows), ct);
            return;
        }

        var lines = new List<string> { c.T(T.DeadlinesTitle) };
        foreach (var (deadline, status) in mine)
        {
            lines.Add("\n" + c.F(T.DeadlineDue, deadline.DueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), deadline.Title));
            lines.Add(Standing(c, deadline.Requirement, status));
        }
        var missingSections = mine.SelectMany(d => d.Status.MissingSections).Distinct().Order().ToList();
        if (missingSections.Count > 0)
            rows.Add([.. missingSections.Select(n => NotificationRenderer.AddInSectionButton(c.Language, n))]);
        if (mine.Any(d => d.Deadline.Requirement == DeadlineRequirement.AllEntriesSubmitted && d.Status.Drafts + d.Status.Returned > 0))
            rows.Add([new(c.T(T.MenuPortfolio), CallbackData.List(0, 0))]);
        rows.Add([MainMenuFlow.MenuButton(c)]);
        await c.ShowAsync(new OutgoingMessage(string.Join('\n', lines), rows), ct);
    }

    private static string Standing(Conversation c, DeadlineRequirement requirement, DeadlineStatus status) =>
        status.Met ? c.T(T.DeadlineDone)
        : requirement == DeadlineRequirement.ConfirmedEntryInEverySection ? c.F(T.DeadlineMissingSections, string.Join(", ", status.MissingSections))
        : status.Drafts + status.Returned > 0 ? c.F(T.DeadlineUnsubmitted, status.Drafts + status.Returned)
        : c.T(T.NotifyNoEntries);
}
