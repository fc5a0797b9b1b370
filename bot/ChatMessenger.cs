using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Bot;

/// <summary>A teacher's linked chat: where to send and in which language.</summary>
public sealed record TeacherChat(string ChatId, string Language);

/// <summary>
/// For code outside the conversations (notification delivery): find a teacher's chat and send a message with
/// buttons through the channel. Channel failures surface as <see cref="ChatDeliveryException"/> whose
/// <see cref="ChatDeliveryException.Failure"/> maps onto DeliveryResult (RetryAfter / Transient / Unreachable / Rejected).
/// Button data should use <see cref="CallbackData"/>'s reserved n:… formats; the router handles them from any state.
/// </summary>
public sealed class ChatMessenger(IChatChannel channel, PortfolioDbContext db)
{
    public string ChannelName => channel.Name;

    /// <summary>The teacher's reachable chat on this channel, or null (not linked, or blocked the bot).</summary>
    public async Task<TeacherChat?> FindTeacherChatAsync(int teacherId, CancellationToken ct) =>
        await db.ChatAccounts.AsNoTracking()
            .Where(a => a.TeacherId == teacherId && a.Channel == channel.Name && a.UnreachableSince == null)
            .OrderByDescending(a => a.LinkedAt)
            .Select(a => new TeacherChat(a.ChatId, a.Language))
            .FirstOrDefaultAsync(ct);

    /// <summary>Sends and returns the message id.</summary>
    public Task<string> SendAsync(TeacherChat chat, OutgoingMessage message, CancellationToken ct) => channel.SendAsync(chat.ChatId, message, ct);

    /// <summary>"Confirmed" with an Open button, in the teacher's language.</summary>
    public static OutgoingMessage EntryConfirmed(string language, int entryId, string title, string reviewer) =>
        new OutgoingMessage(string.Format(System.Globalization.CultureInfo.InvariantCulture, T.NotifyConfirmed.Get(language), title, reviewer),
            [[new(T.OpenEntry.Get(language), CallbackData.NotifyEntry(entryId))]]);

    /// <summary>"Returned" with the reviewer's comment and a Fix button that opens the entry's card.</summary>
    public static OutgoingMessage EntryReturned(string language, int entryId, string title, string reviewer, string? comment) =>
        new OutgoingMessage(string.Format(System.Globalization.CultureInfo.InvariantCulture, T.NotifyReturned.Get(language), title, reviewer, comment),
            [[new(T.Fix.Get(language), CallbackData.NotifyEntry(entryId))]]);

    /// <summary>A teacher's own "Remind me" on a draft (PersonalReminder), with an Open button.</summary>
    public static OutgoingMessage DraftReminder(string language, int entryId, string title) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, T.NotifyDraft.Get(language), title),
            [[new(T.OpenEntry.Get(language), CallbackData.NotifyEntry(entryId))]]);

    /// <summary>Buttons for reminders: open Deadlines, add in a section, add a kind.</summary>
    public static ChatButton DeadlinesButton(string language) => new(T.MenuDeadlines.Get(language), CallbackData.NotifyDeadlines);

    public static ChatButton AddInSectionButton(string language, int section) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, T.DeadlineAddIn.Get(language), section), CallbackData.NotifySection(section));

    public static ChatButton AddKindButton(string language, string kindCode) =>
        new("➕ " + PortfolioCatalogue.Get(kindCode).Name.Get(language), CallbackData.NotifyKind(kindCode));
}
