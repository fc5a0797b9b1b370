using System.Globalization;
using System.Text;
using System.Text.Json;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using Telegram.Bot.Types.ReplyMarkups;
using T = PortfolioBot.Bot.Delivery.NotificationTexts;

namespace PortfolioBot.Bot.Delivery;

/// <summary>A notification as Telegram shows it: plain text plus inline buttons.</summary>
internal sealed record RenderedNotification(string Text, InlineKeyboardMarkup? Buttons);

/// <summary>
/// Turns an outbox message into text in the recipient's language with buttons using the bot router's reserved
/// callback data: n:e:&lt;entryId&gt; (entry card), n:d (Deadlines), n:s:&lt;section&gt; / n:k:&lt;kindCode&gt; (Add entry there).
/// </summary>
internal static class NotificationRenderer
{
    public static RenderedNotification Render(OutboxMessage message, string language, DateOnly today, Uri? reviewQueueUrl) => message.Kind switch
    {
        NotificationKind.EntryConfirmed => Review(Read<ReviewNotification>(message), language, T.Confirmed, T.OpenEntry),
        NotificationKind.EntryReturned => Review(Read<ReviewNotification>(message), language, T.Returned, T.FixEntry),
        NotificationKind.DeadlineReminder => Deadline(Read<DeadlineReminderPayload>(message), language, today),
        NotificationKind.DraftReminder => Draft(Read<DraftReminderPayload>(message), language),
        NotificationKind.Nudge => Nudge(Read<NudgePayload>(message), language),
        NotificationKind.ReviewerDigest => Digest(Read<ReviewerDigestPayload>(message), language, reviewQueueUrl),
        _ => throw new NotSupportedException($"No Telegram text for notification kind {message.Kind}."),
    };

    private static RenderedNotification Review(ReviewNotification p, string lang, LocalizedText headline, LocalizedText button)
    {
        var text = new StringBuilder(Format(headline, lang, p.EntryTitle, p.ReviewerName));
        if (!string.IsNullOrWhiteSpace(p.Comment)) text.Append("\n\n").Append(Format(T.Comment, lang, p.Comment));
        return new(text.ToString(), new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(button.Get(lang), $"n:e:{p.EntryId}")));
    }

    private static RenderedNotification Deadline(DeadlineReminderPayload p, string lang, DateOnly today)
    {
        var daysLeft = p.DueOn.DayNumber - today.DayNumber;
        var due = p.DueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var when = daysLeft == 0 ? T.DueToday.Get(lang)
            : daysLeft > 0 ? Format(T.DueIn, lang, due, daysLeft)
            : Format(T.Overdue, lang, due, -daysLeft);
        var text = new StringBuilder(Format(T.DeadlineTitle, lang, p.Title, when));
        var markup = new InlineKeyboardMarkup();
        if (p.Entries == 0) text.Append("\n\n").Append(T.NoEntries.Get(lang));
        if (p.Requirement == DeadlineRequirement.ConfirmedEntryInEverySection && p.MissingSections.Count > 0)
        {
            text.Append("\n\n").Append(T.MissingSections.Get(lang));
            foreach (var section in p.MissingSections)
            {
                var name = PortfolioCatalogue.Sections.FirstOrDefault(s => s.Number == section)?.Name.Get(lang);
                text.Append("\n• ").Append(section).Append(". ").Append(name);
                markup.AddNewRow(InlineKeyboardButton.WithCallbackData(Format(T.AddToSection, lang, section), $"n:s:{section}"));
            }
        }
        if (p.Drafts > 0) text.Append('\n').Append(Format(T.DraftsLeft, lang, p.Drafts));
        if (p.Returned > 0) text.Append('\n').Append(Format(T.ReturnedLeft, lang, p.Returned));
        markup.AddNewRow(InlineKeyboardButton.WithCallbackData(T.Deadlines.Get(lang), "n:d"));
        return new(text.ToString(), markup);
    }

    private static RenderedNotification Draft(DraftReminderPayload p, string lang) =>
        new(Format(T.DraftReminder, lang, p.Title), new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(T.OpenDraft.Get(lang), $"n:e:{p.EntryId}")));

    private static RenderedNotification Nudge(NudgePayload p, string lang) =>
        new(Format(T.Nudge, lang, p.InactiveDays), new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(T.Deadlines.Get(lang), "n:d")));

    private static RenderedNotification Digest(ReviewerDigestPayload p, string lang, Uri? queue) =>
        new(Format(T.Digest, lang, p.Waiting, string.Join(", ", p.Schools), p.OldestWaitingDays),
            queue is null ? null : new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl(T.OpenQueue.Get(lang), queue.ToString())));

    private static string Format(LocalizedText text, string lang, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, text.Get(lang), args);

    private static TPayload Read<TPayload>(OutboxMessage message) =>
        JsonSerializer.Deserialize<TPayload>(message.PayloadJson) ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
}
