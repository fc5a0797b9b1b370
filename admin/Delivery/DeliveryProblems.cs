using PortfolioBot.Admin.Access;
using PortfolioBot.Core.Notifications;

namespace PortfolioBot.Admin.Delivery;

/// <summary>Outbox messages an administrator should look at: failed (in doubt included) or unreachable.</summary>
public static class DeliveryProblems
{
    public static IQueryable<OutboxMessage> Of(StaffScope staff) =>
        staff.Outbox.Where(m => m.Status == OutboxStatus.Failed || m.Status == OutboxStatus.Unreachable);
}
