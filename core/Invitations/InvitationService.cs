using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Staff;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Invitations;

public sealed record RedeemResult(InvitationOutcome Outcome, Teacher? Teacher, ChatAccount? Account, StaffMember? Staff = null);

/// <summary>Issues invitations and redeems them from a chat channel.</summary>
public sealed class InvitationService(PortfolioDbContext db, TimeProvider time, IOptions<InvitationOptions> options)
{
    /// <summary>Revokes the teacher's open invitations and issues a new one; returns the code to hand out.</summary>
    public async Task<string> IssueForTeacherAsync(int teacherId, Actor actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var teacher = await db.Teachers.FirstAsync(t => t.Id == teacherId, ct);
        var open = await db.Invitations.Where(i => i.TeacherId == teacherId && i.UsedAt == null && i.RevokedAt == null).ToListAsync(ct);
        open.ForEach(i => i.Revoke(now));
        var (invitation, code) = Invitation.ForTeacher(teacherId, now, TimeSpan.FromDays(options.Value.ValidDays));
        db.Invitations.Add(invitation);
        db.Audit(actor, nameof(Teacher), teacherId, "invited", now, null, teacher.SchoolId);
        await db.SaveChangesAsync(ct);
        return code;
    }

    /// <summary>Revokes the staff member's open invitations and issues a new one, so they can link Telegram for digests.</summary>
    public async Task<string> IssueForStaffAsync(int staffMemberId, Actor actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var staff = await db.StaffMembers.FirstAsync(s => s.Id == staffMemberId, ct);
        var open = await db.Invitations.Where(i => i.StaffMemberId == staffMemberId && i.UsedAt == null && i.RevokedAt == null).ToListAsync(ct);
        open.ForEach(i => i.Revoke(now));
        var (invitation, code) = Invitation.ForStaff(staffMemberId, now, TimeSpan.FromDays(options.Value.ValidDays));
        db.Invitations.Add(invitation);
        db.Audit(actor, nameof(StaffMember), staff.Id, "invited", now);
        await db.SaveChangesAsync(ct);
        return code;
    }

    /// <summary>Links the chat account to the invitation's teacher (or staff member) when the code is valid.</summary>
    public async Task<RedeemResult> RedeemAsync(string code, string channel, string externalUserId, string chatId, string? language, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var hash = Invitation.Hash(code);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.CodeHash == hash, ct);
        if (invitation is null) return new(InvitationOutcome.Unknown, null, null);
        var outcome = invitation.CanBeUsed(now);
        if (outcome != InvitationOutcome.Linked) return new(outcome, null, null);
        if (invitation.StaffMemberId is { } staffId) return await RedeemForStaffAsync(invitation, staffId, channel, externalUserId, chatId, language, now, ct);
        if (invitation.TeacherId is not { } teacherId) return new(InvitationOutcome.Unknown, null, null);

        var teacher = await db.Teachers.FirstOrDefaultAsync(t => t.Id == teacherId && t.IsActive, ct);
        if (teacher is null) return new(InvitationOutcome.Revoked, null, null);

        var account = await TakeOverAccountAsync(db.ChatAccounts.Where(a => a.TeacherId == teacherId && a.Channel == channel), channel, externalUserId, chatId, language, now, ct);
        account.LinkTeacher(teacherId, now);
        invitation.MarkUsed(externalUserId, now);
        teacher.TouchActivity(now);
        db.Audit(Actor.Teacher(teacher.Id, teacher.FullName), nameof(Teacher), teacher.Id, "linked-chat", now, channel, teacher.SchoolId);
        if (!await TrySaveRedemptionAsync(ct)) return new(InvitationOutcome.AlreadyUsed, null, null);
        return new(InvitationOutcome.Linked, teacher, account);
    }

    private async Task<RedeemResult> RedeemForStaffAsync(Invitation invitation, int staffId, string channel, string externalUserId, string chatId, string? language, DateTime now, CancellationToken ct)
    {
        var staff = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == staffId && s.IsActive, ct);
        if (staff is null) return new(InvitationOutcome.Revoked, null, null);
        var account = await TakeOverAccountAsync(db.ChatAccounts.Where(a => a.StaffMemberId == staffId && a.Channel == channel), channel, externalUserId, chatId, language, now, ct);
        account.LinkStaff(staffId, now);
        invitation.MarkUsed(externalUserId, now);
        db.Audit(Actor.Staff(staff.Id, staff.DisplayName), nameof(StaffMember), staff.Id, "linked-chat", now, channel);
        if (!await TrySaveRedemptionAsync(ct)) return new(InvitationOutcome.AlreadyUsed, null, null);
        return new(InvitationOutcome.Linked, null, account, staff);
    }

    /// <summary>
    /// The chat account this user will be linked with. One account per person and channel: an older link (a lost
    /// phone) is released first.
    /// </summary>
    private async Task<ChatAccount> TakeOverAccountAsync(IQueryable<ChatAccount> previousLinks, string channel, string externalUserId, string chatId, string? language, DateTime now, CancellationToken ct)
    {
        (await previousLinks.ToListAsync(ct)).ForEach(a => a.Unlink());
        var account = await db.ChatAccounts.FirstOrDefaultAsync(a => a.Channel == channel && a.ExternalUserId == externalUserId, ct);
        if (account is null)
        {
            account = new ChatAccount(channel, externalUserId, chatId, language ?? "ru", now);
            db.ChatAccounts.Add(account);
        }
        account.Seen(chatId, language, now);
        return account;
    }

    /// <summary>
    /// False when another chat redeemed the same code between our read and our write (UsedAt is the concurrency
    /// token): nothing of ours was saved, and for this chat the code is simply used.
    /// </summary>
    private async Task<bool> TrySaveRedemptionAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
