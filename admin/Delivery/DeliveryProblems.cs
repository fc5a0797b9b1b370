using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Admin.Delivery;

/// <summary>Outbox messages an administrator should look at: failed (in doubt included) or unreachable.</summary>
public static class DeliveryProblems
{
    /// <summary>The dispatcher's LastError prefix for a message whose send may or may not have reached Telegram.</summary>
    public const string InDoubtPrefix = "In doubt";

    public static IQueryable<OutboxMessage> Of(StaffScope staff) =>
        staff.Outbox.Where(m => m.Status == OutboxStatus.Failed || m.Status == OutboxStatus.Unreachable);

    public static bool IsInDoubt(OutboxStatus status, string? lastError) =>
        status == OutboxStatus.Failed && lastError is not null && lastError.StartsWith(InDoubtPrefix, StringComparison.Ordinal);
}
