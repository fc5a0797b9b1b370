using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Invitations;

namespace PortfolioBot.Bot.Flows;

/// <summary>/start &lt;invite-code&gt;: links the Telegram user to their teacher record (or a staff member, for digests). Wrong codes are rate-limited per chat.</summary>
public sealed class JoinFlow(InvitationService invitations, FloodThrottle throttle, MainMenuFlow menu, ILogger<JoinFlow> logger)
{
    public async Task StartAsync(Conversation c, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (c.Teacher is { } linked)
            {
                await c.SayAsync(c.F(T.JoinAlreadyLinked, linked.FullName), ct);
                await menu.ShowAsync(c, ct, asNewMessage: true);
            }
            else if (await LinkedStaffNameAsync(c, ct) is { } staffName)
            {
                await c.SayAsync(c.F(T.StaffOnly, staffName), ct);
            }
            else
            {
                await c.SayAsync(c.T(T.JoinNoCode), ct);
            }
            return;
        }

        if (!throttle.CanTryCode(c.ChatId))
        {
            logger.LogWarning("Invite code guessing throttled in chat {ChatId}", c.ChatId);
            await c.SayAsync(c.T(T.JoinTooMany), ct);
            return;
        }

        var origin = c.Event.Origin;
        var result = await invitations.RedeemAsync(code, c.Channel.Name, origin.UserId, origin.ChatId, origin.LanguageCode, ct);
        if (result.Outcome != InvitationOutcome.Linked)
        {
            throttle.FailedCode(c.ChatId);
            await c.SayAsync(c.T(result.Outcome switch
            {
                InvitationOutcome.AlreadyUsed => T.JoinUsed,
                InvitationOutcome.Expired => T.JoinExpired,
                InvitationOutcome.Revoked => T.JoinRevoked,
                _ => T.JoinUnknown,
            }), ct);
            return;
        }

        result.Account!.DisplayName = origin.DisplayName;
        c.Language = result.Account.Language;
        if (result.Staff is { } staff)
        {
            // Staff link Telegram only for digests: the portfolio menu is a teacher's.
            await c.SayAsync(c.F(T.JoinStaffWelcome, staff.DisplayName), ct);
            return;
        }
        await c.SayAsync(c.F(T.JoinWelcome, result.Teacher!.FullName), ct);
        await menu.ShowAsync(c, ct, asNewMessage: true);
    }

    /// <summary>The name of the active staff member this chat is linked to, if any.</summary>
    public static Task<string?> LinkedStaffNameAsync(Conversation c, CancellationToken ct) =>
        c.Account?.StaffMemberId is { } staffId
            ? c.Db.StaffMembers.Where(s => s.Id == staffId && s.IsActive).Select(s => s.DisplayName).FirstOrDefaultAsync(ct)
            : Task.FromResult<string?>(null);
}
