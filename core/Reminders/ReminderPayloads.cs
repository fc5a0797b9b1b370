using PortfolioBot.Core.Deadlines;

namespace PortfolioBot.Core.Reminders;

/// <summary>Payload of <see cref="Notifications.NotificationKind.DeadlineReminder"/>: what is due and what is still missing.</summary>
/// <param name="Slot">"d-7", "d-0", "overdue-2"...</param>
/// <param name="MissingSections">Sections (1–4) still without a confirmed entry (ConfirmedEntryInEverySection).</param>
public sealed record DeadlineReminderPayload(
    int DeadlineId, string Title, DateOnly DueOn, string Slot, DeadlineRequirement Requirement,
    IReadOnlyList<int> MissingSections, int Drafts, int Returned, int Entries);

/// <summary>Payload of <see cref="Notifications.NotificationKind.DraftReminder"/>.</summary>
public sealed record DraftReminderPayload(int EntryId, string Title, string KindCode);

/// <summary>Payload of <see cref="Notifications.NotificationKind.Nudge"/>.</summary>
public sealed record NudgePayload(int InactiveDays);

/// <summary>Payload of <see cref="Notifications.NotificationKind.ReviewerDigest"/>.</summary>
public sealed record ReviewerDigestPayload(int Waiting, int OldestWaitingDays, IReadOnlyList<string> Schools);
