using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Bot.Flows;

/// <summary>
/// An entry's card: fields, files, status, the reviewer's comment, and what can be done now. Every button is
/// re-checked: the entry must belong to the linked teacher (else "not available", nothing changed) and carry
/// the current Revision (else "out of date").
/// </summary>
public sealed class EntryCardFlow(ConfirmationRule confirmation, EvidenceStore store)
{
    public async Task OpenAsync(Conversation c, int entryId, CancellationToken ct)
    {
        var entry = await FindAsync(c, entryId, ct);
        if (entry is null) await c.NoticeAsync(c.T(T.NotAvailable), ct);
        else await ShowAsync(c, entry, ct);
    }

    public async Task ShowAsync(Conversation c, Entry entry, CancellationToken ct, bool asNewMessage = false)
    {
        // The school's setting and the document type decide, as they will when the entry is submitted.
        var needsConfirmation = entry.Status == EntryStatus.Draft
            && await confirmation.NeedsConfirmationAsync(entry.SchoolId, entry.KindCode, entry.DocumentType, ct);
        var message = Render(c, entry, needsConfirmation);
        if (asNewMessage) await c.SendAsync(message, ct);
        else await c.ShowAsync(message, ct);
    }

    public async Task OnButtonAsync(Conversation c, int entryId, int revision, string action, Func<Entry, Task> edit, CancellationToken ct)
    {
        var entry = await FindAsync(c, entryId, ct);
        if (entry is null)
        {
            await c.NoticeAsync(c.T(T.NotAvailable), ct);
            return;
        }
        if (entry.Revision != revision)
        {
            await c.NoticeAsync(c.T(T.Stale), ct);
            await ShowAsync(c, entry, ct, asNewMessage: true);
            return;
        }

        switch (action)
        {
            case "ed" when entry.Status.IsEditable():
                await edit(entry);
                return;
            case "nv" when entry.Status.IsFinal():
                var next = entry.StartNewVersion(c.Actor, c.UtcNow);
                c.Db.Entries.Add(next);
                await c.Db.SaveChangesAsync(ct);
                await edit(next);
                return;
            case "sub" when entry.Status.IsEditable():
                entry.Submit(await confirmation.NeedsConfirmationAsync(entry.SchoolId, entry.KindCode, entry.DocumentType, ct), c.Actor, c.UtcNow);
                break;
            case "wd" when entry.Status == EntryStatus.Submitted:
                entry.Withdraw(c.Actor, c.UtcNow);
                break;
            case "del" when entry.Status == EntryStatus.Draft:
                if (entry.PreviousVersionId is { } previousId) await c.Db.Entries.Where(e => e.Id == previousId).LoadAsync(ct);
                entry.Delete(c.Actor, c.UtcNow);
                await c.Db.SaveChangesAsync(ct);
                await c.ShowAsync(new OutgoingMessage(c.T(T.Deleted), [[MainMenuFlow.MenuButton(c)]]), ct);
                return;
            case "star":
                entry.ToggleStar(c.Actor, c.UtcNow);
                break;
            case "files":
                await SendFilesAsync(c, entry, ct);
                return;
            case "hist":
                await ShowHistoryAsync(c, entry, ct);
                return;
            case "rem" when entry.Status == EntryStatus.Draft:
                await c.ShowAsync(new OutgoingMessage(c.T(T.RemindWhen),
                    [[new(c.T(T.RemindTomorrow), CallbackData.Entry(entry.Id, entry.Revision, "r1")),
                      new(c.T(T.RemindIn3Days), CallbackData.Entry(entry.Id, entry.Revision, "r3")),
                      new(c.T(T.RemindNextWeek), CallbackData.Entry(entry.Id, entry.Revision, "r7"))]]), ct);
                return;
            case "r1" or "r3" or "r7" when entry.Status == EntryStatus.Draft:
                await RemindAsync(c, entry, action[1] - '0', ct);
                return;
            default:
                await c.NoticeAsync(c.T(T.Stale), ct);
                return;
        }
        await c.Db.SaveChangesAsync(ct);
        if (action == "wd") await c.AnswerAsync(c.T(T.Withdrawn), ct);
        await ShowAsync(c, entry, ct);
    }

    public static OutgoingMessage Render(Conversation c, Entry entry, bool needsConfirmation)
    {
        var data = FlowData.FromEntry(entry);
        var text = (entry.IsStarred ? "⭐ " : string.Empty) + entry.Title + "\n"
            + $"{c.T(T.FStatus)}: {Terms.Of(entry.Status).Get(c.Language)}\n"
            + AddEntryPrompts.Describe(c, entry.Kind, data, entry.Evidence.Count);
        if (entry.Status == EntryStatus.Returned && entry.ReviewComment is { } comment)
            text += "\n\n" + c.F(T.ReviewerComment, entry.ReviewedByName, comment);

        string B(string action) => CallbackData.Entry(entry.Id, entry.Revision, action);
        var rows = new List<IReadOnlyList<ChatButton>>();
        switch (entry.Status)
        {
            case EntryStatus.Draft:
                rows.Add([new(c.T(T.Edit), B("ed")), new(c.T(needsConfirmation ? T.Submit : T.Record), B("sub"))]);
                rows.Add([new(c.T(T.RemindMe), B("rem")), new(c.T(T.Delete), B("del"))]);
                break;
            case EntryStatus.Returned:
                rows.Add([new(c.T(T.Fix), B("ed")), new(c.T(T.Submit), B("sub"))]);
                break;
            case EntryStatus.Submitted:
                rows.Add([new(c.T(T.Withdraw), B("wd"))]);
                break;
            default:
                rows.Add([new(c.T(T.NewVersion), B("nv"))]);
                break;
        }
        rows.Add([new(c.T(entry.IsStarred ? T.Unstar : T.Star), B("star")), new(c.T(T.GetFiles), B("files")), new(c.T(T.History), B("hist"))]);
        rows.Add([new(c.T(T.Back), CallbackData.List(entry.Section, 0)), MainMenuFlow.MenuButton(c)]);
        return new OutgoingMessage(text, rows);
    }

    /// <summary>Only the linked teacher's own, current, undeleted entries are found; anything else is "not available".</summary>
    public static Task<Entry?> FindAsync(Conversation c, int entryId, CancellationToken ct) =>
        c.Db.Entries.Include(e => e.Evidence)
            .FirstOrDefaultAsync(e => e.Id == entryId && e.TeacherId == c.RequireTeacher.Id && !e.IsDeleted && e.IsCurrent, ct);

    private async Task SendFilesAsync(Conversation c, Entry entry, CancellationToken ct)
    {
        if (entry.Evidence.Count == 0)
        {
            await c.NoticeAsync(c.T(T.NoFiles), ct);
            return;
        }
        await c.AnswerAsync(null, ct);
        foreach (var file in entry.Evidence)
        {
            await using var content = store.OpenRead(file.Sha256);
            await c.Channel.SendFileAsync(c.ChatId, content, file.OriginalName, entry.Title, ct);
        }
    }

    private static async Task ShowHistoryAsync(Conversation c, Entry entry, CancellationToken ct)
    {
        var records = await c.Db.AuditRecords.AsNoTracking()
            .Where(a => a.EntityType == nameof(Entry) && a.EntityId == entry.Id)
            .OrderBy(a => a.Id).Take(30).ToListAsync(ct);
        var lines = records.Select(a => $"{a.At.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} — {T.HistoryAction(a.Action, a.ToState, c.Language)}"
            + (a.Comment is null ? string.Empty : ": " + a.Comment));
        await c.SendAsync(new OutgoingMessage(c.T(T.HistoryTitle) + "\n" + string.Join('\n', lines)), ct);
        await c.AnswerAsync(null, ct);
    }

    private static async Task RemindAsync(Conversation c, Entry entry, int days, CancellationToken ct)
    {
        var school = await c.Db.Schools.AsNoTracking().FirstAsync(s => s.Id == entry.SchoolId, ct);
        var day = c.Today.AddDays(days);
        var dueUtc = SchoolCalendar.ToUtc(day, new TimeOnly(9, 0), school.TimeZoneId);
        c.Db.PersonalReminders.Add(new PersonalReminder(c.RequireTeacher.Id, entry.Id, dueUtc, c.UtcNow));
        await c.Db.SaveChangesAsync(ct);
        await c.ShowAsync(new OutgoingMessage(c.F(T.RemindSet, day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            [[new(c.T(T.Back), CallbackData.Open(entry.Id)), MainMenuFlow.MenuButton(c)]]), ct);
    }
}
