using System.Globalization;
using System.Text;
using System.Text.Json;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;

namespace PortfolioBot.Bot.Delivery;

/// <summary>
/// Turns an outbox message into a channel-neutral message in the recipient's language. Buttons use the router's
/// reserved callback data (<see cref="CallbackData.NotifyEntry"/>, <see cref="CallbackData.NotifyDeadlines"/>,
/// <see cref="CallbackData.NotifySection"/>), which work from any conversation state; the digest links to the admin.
/// </summary>
internal static class NotificationRenderer
{
    public static OutgoingMessage Render(OutboxMessage message, string language, DateOnly today, Uri? reviewQueueUrl) => message.Kind switch
    {
        NotificationKind.EntryConfirmed => Review(Read<ReviewNotification>(message), language, T.NotifyConfirmed, T.NotifyOpenEntry),
        NotificationKind.EntryReturned => Review(Read<ReviewNotification>(message), language, T.NotifyReturned, T.NotifyFixEntry),
        NotificationKind.DeadlineReminder => Deadline(Read<DeadlineReminderPayload>(message), language, today),
        NotificationKind.DraftReminder => Draft(Read<DraftReminderPayload>(message), language),
        NotificationKind.Nudge => Nudge(Read<NudgePayload>(message), language),
        NotificationKind.ReviewerDigest => Digest(Read<ReviewerDigestPayload>(message), language, reviewQueueUrl),
        _ => throw new NotSupportedException($"No text for notification kind {message.Kind}."),
    };

    /// <summary>Opens the Deadlines screen; shared with the conversation screens so both say the same.</summary>
    public static ChatButton DeadlinesButton(string language) => new(T.MenuDeadlines.Get(language), CallbackData.NotifyDeadlines);

    /// <summary>Starts adding an entry in a section.</summary>
    public static ChatButton AddInSectionButton(string language, int section) =>
        new(Format(T.DeadlineAddIn, language, section), CallbackData.NotifySection(section));

    private static OutgoingMessage Review(ReviewNotification p, string lang, LocalizedText headline, LocalizedText button)
    {
        var text = new StringBuilder(Format(headline, lang, p.EntryTitle, p.ReviewerName));
        if (!string.IsNullOrWhiteSpace(p.Comment)) text.Append('\n').Append(Format(T.NotifyComment, lang, p.Comment));
        return new(text.ToString(), [[new(button.Get(lang), CallbackData.NotifyEntry(p.EntryId))]]);
    }

    private static OutgoingMessage Deadline(DeadlineReminderPayload p, string lang, DateOnly today)
    {
        var daysLeft = p.DueOn.DayNumber - today.DayNumber;
        var due = p.DueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var when = daysLeft == 0 ? T.NotifyDueToday.Get(lang)
            : daysLeft > 0 ? Format(T.NotifyDueIn, lang, due, daysLeft)
            : Format(T.NotifyOverdue, lang, due, -daysLeft);
        var text = new StringBuilder(Format(T.NotifyDeadline, lang, p.Title, when));
        var rows = new List<IReadOnlyList<ChatButton>>();
        if (p.Entries == 0) text.Append("\n\n").Append(T.NotifyNoEntries.Get(lang));
        if (p.Requirement == DeadlineRequirement.ConfirmedEntryInEverySection && p.MissingSections.Count > 0)
        {
            text.Append("\n\n").Append(T.NotifyMissingSections.Get(lang));
            foreach (var section in p.MissingSections)
            {
                var name = PortfolioCatalogue.Sections.FirstOrDefault(s => s.Number == section)?.Name.Get(lang);
                text.Append("\n• ").Append(section).Append(". ").Append(name);
            }
            rows.Add([.. p.MissingSections.Select(section => AddInSectionButton(lang, section))]);
        }
        if (p.Drafts > 0) text.Append('\n').Append(Format(T.NotifyDraftsLeft, lang, p.Drafts));
        if (p.Returned > 0) text.Append('\n').Append(Format(T.NotifyReturnedLeft, lang, p.Returned));
        rows.Add([DeadlinesButton(lang)]);
        return new(text.ToString(), rows);
    }

    private static OutgoingMessage Draft(DraftReminderPayload p, string lang) =>
        new(Format(T.NotifyDraft, lang, p.Title), [[new(T.NotifyOpenDraft.Get(lang), CallbackData.NotifyEntry(p.EntryId))]]);

    private static OutgoingMessage Nudge(NudgePayload p, string lang) =>
        new(Format(T.NotifyNudge, lang, p.InactiveDays), [[DeadlinesButton(lang)]]);

    private static OutgoingMessage Digest(ReviewerDigestPayload p, string lang, Uri? queue) =>
        new(Format(T.NotifyDigest, lang, p.Waiting, string.Join(", ", p.Schools), p.OldestWaitingDays),
            queue is null ? [] : [[ChatButton.Link(T.NotifyOpenQueue.Get(lang), queue)]]);

    private static string Format(LocalizedText text, string lang, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, text.Get(lang), args);

    private static TPayload Read<TPayload>(OutboxMessage message) =>
        JsonSerializer.Deserialize<TPayload>(message.PayloadJson) ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
}
