using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;

namespace PortfolioBot.Bot.Flows;

/// <summary>The summary card of Add entry and what its Save / Submit buttons do.</summary>
public sealed class AddEntrySave(ConfirmationRule confirmation, EntryCardFlow card)
{
    public async Task<OutgoingMessage> RenderSummaryAsync(Conversation c, CancellationToken ct)
    {
        var d = c.Data;
        var kind = PortfolioCatalogue.Get(d.Kind!);
        var rows = new List<IReadOnlyList<ChatButton>>();
        rows.AddRange(AddEntrySteps.Editable(kind, d).Chunk(2).Select(pair => (IReadOnlyList<ChatButton>)
            [.. pair.Select(step => c.Button("✏️ " + c.T(AddEntryPrompts.Label(step)), "edit", step))]));
        var needs = await confirmation.NeedsConfirmationAsync(c.RequireTeacher.SchoolId, kind.Code, d.DocumentType, ct);
        rows.Add([c.Button(T.SaveDraft, "save")]);
        rows.Add([c.Button(needs ? T.Submit : T.Record, "submit")]);
        rows.Add([c.Button(T.Back, "back"), c.Button(T.Cancel, "cancel")]);
        var text = c.T(T.SummaryTitle) + "\n\n" + AddEntryPrompts.Describe(c, kind, d, d.Files.Count + d.ExistingFileCount);
        return new OutgoingMessage(text, rows);
    }

    public async Task SaveAsync(Conversation c, bool submit, CancellationToken ct)
    {
        var d = c.Data;
        var teacher = c.RequireTeacher;
        var kind = PortfolioCatalogue.Get(d.Kind!);
        var details = d.ToDetails();
        try
        {
            Entry.Validate(kind, details, c.Today);
        }
        catch (EntryRuleException ex)
        {
            await c.NoticeAsync(RuleText(c, ex), ct);
            return;
        }

        Entry entry;
        if (d.EntryId is { } id)
        {
            var existing = await c.Db.Entries.Include(e => e.Evidence)
                .FirstOrDefaultAsync(e => e.Id == id && e.TeacherId == teacher.Id && !e.IsDeleted && e.IsCurrent, ct);
            if (existing is null)
            {
                await c.NoticeAsync(c.T(T.NotAvailable), ct);
                return;
            }
            if (existing.Revision != d.EntryRevision || !existing.Status.IsEditable())
            {
                await c.NoticeAsync(c.T(T.EntryChanged), ct);
                return;
            }
            existing.Update(details, c.Actor, c.Today, c.UtcNow);
            entry = existing;
        }
        else
        {
            entry = new Entry(teacher.Id, teacher.SchoolId, kind.Code, details, c.Actor, c.Today, c.UtcNow);
            c.Db.Entries.Add(entry);
        }

        foreach (var f in d.Files.Where(f => entry.Evidence.All(e => e.Sha256 != f.Sha256)))
            entry.AttachEvidence(new StoredBlob(f.Sha256, f.Size, f.ContentType, f.Extension), f.Name, f.Source, c.Actor, c.UtcNow);
        if (submit) entry.Submit(await confirmation.NeedsConfirmationAsync(teacher.SchoolId, kind.Code, entry.DocumentType, ct), c.Actor, c.UtcNow);

        // Leaving the flow renews the nonce, so a second tap on Submit is stale; the Revision token guards the rest.
        c.Reset();
        await c.Db.SaveChangesAsync(ct);
        var done = !submit ? T.Saved : entry.Status == EntryStatus.Recorded ? T.Recorded : T.Submitted;
        await c.ShowAsync(new OutgoingMessage(c.F(done, entry.Title)), ct);
        await card.ShowAsync(c, entry, ct, asNewMessage: true);
    }

    public static string RuleText(Conversation c, EntryRuleException ex) => ex.Rule switch
    {
        EntryRule.TitleRequired => c.F(T.Required, c.T(T.FTitle)),
        EntryRule.TitleTooLong => c.F(T.TooLong, c.Data.Title?.Length ?? 0, EntryDetails.MaxTitleLength),
        EntryRule.DescriptionTooLong => c.F(T.TooLong, c.Data.Description?.Length ?? 0, EntryDetails.MaxDescriptionLength),
        EntryRule.DateInFuture => c.T(T.DateFuture),
        EntryRule.DateTooOld => c.T(T.DateTooOld),
        EntryRule.LinkInvalid => c.T(T.BadLink),
        EntryRule.FieldRequired => c.F(T.Required, MissingField(c)),
        EntryRule.IllegalTransition or EntryRule.NotCurrentVersion => c.T(T.EntryChanged),
        _ => c.T(T.OutOfRange),
    };

    private static string MissingField(Conversation c)
    {
        var kind = PortfolioCatalogue.Get(c.Data.Kind!);
        var d = c.Data;
        var missing = new (KindField Field, bool Present, string Step)[]
        {
            (KindField.Issuer, d.Issuer is not null, AddEntrySteps.Issuer), (KindField.Level, d.Level is not null, AddEntrySteps.Level),
            (KindField.Result, d.Result is not null, AddEntrySteps.Result), (KindField.Pupils, d.PupilCount is not null || d.PupilNames is not null, AddEntrySteps.Pupils),
            (KindField.Hours, d.Hours is not null, AddEntrySteps.Hours), (KindField.DocumentType, d.DocumentType is not null, AddEntrySteps.DocumentType),
        }.FirstOrDefault(f => kind.IsRequired(f.Field) && !f.Present);
        return c.T(AddEntryPrompts.Label(missing.Step ?? AddEntrySteps.Title));
    }
}
