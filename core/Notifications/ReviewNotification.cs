namespace PortfolioBot.Core.Notifications;

/// <summary>Payload of <see cref="NotificationKind.EntryConfirmed"/> and <see cref="NotificationKind.EntryReturned"/>.</summary>
public sealed record ReviewNotification(int EntryId, string EntryTitle, string KindCode, string ReviewerName, string? Comment);
