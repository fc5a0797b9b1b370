using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Identity;

/// <summary>The outcome of an account change: localized error messages, or the staff member.</summary>
public sealed record AccountResult(IReadOnlyList<string> Errors, StaffMember? Member = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Ok(StaffMember member) => new([], member);

    public static AccountResult Fail(IdentityResult result) => new(result.Errors.Select(e => e.Description).ToList());
}

/// <summary>
/// Creates and changes staff accounts: the identity user (sign-in, password, role) and the core
/// <see cref="StaffMember"/> (name, role, schools) are kept in step, and every change is audited.
/// </summary>
public sealed class StaffAccounts(UserManager<IdentityUser> users, PortfolioDbContext db, TimeProvider time)
{
    /// <summary>Marks a password someone else chose: its owner must replace it before doing anything else.</summary>
    public const string TemporaryPasswordClaim = "portfoliobot:temporary-password";

    /// <param name="temporaryPassword">True when an administrator chose the password for someone else.</param>
    public async Task<AccountResult> CreateAsync(string displayName, string email, string password, StaffRole role,
        IReadOnlyCollection<int> schoolIds, Actor actor, bool temporaryPassword = false, CancellationToken ct = default)
    {
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return AccountResult.Fail(created);
        try
        {
            var inRole = await users.AddToRoleAsync(user, AdminRoles.Of(role));
            if (!inRole.Succeeded)
            {
                await users.DeleteAsync(user);
                return AccountResult.Fail(inRole);
            }
            if (temporaryPassword) await MarkTemporaryAsync(user);
            var now = time.GetUtcNow().UtcDateTime;
            var member = new StaffMember(displayName, role, now) { UserId = user.Id };
            member.AssignSchools(schoolIds);
            db.StaffMembers.Add(member);
            await db.SaveChangesAsync(ct);
            AuditForSchools(actor, member, "staff-created", $"{role}: {member.DisplayName} <{user.Email}>", schoolIds, now);
            await db.SaveChangesAsync(ct);
            return AccountResult.Ok(member);
        }
        catch
        {
            // Keep the two stores in step: no sign-in account without its staff member.
            await users.DeleteAsync(user);
            throw;
        }
    }

    public async Task<bool> AdministratorExistsAsync(CancellationToken ct = default) =>
        await db.StaffMembers.AnyAsync(s => s.Role == StaffRole.Administrator && s.IsActive && s.UserId != null, ct);

    public async Task<IdentityUser?> UserOfAsync(StaffMember member) =>
        member.UserId is { } id ? await users.FindByIdAsync(id) : null;

    /// <summary>Sets a new (temporary) password chosen by an administrator.</summary>
    public async Task<AccountResult> ResetPasswordAsync(StaffMember member, string newPassword, Actor actor, CancellationToken ct = default)
    {
        var user = await UserOfAsync(member) ?? throw new InvalidOperationException("This staff member has no sign-in account.");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded) return AccountResult.Fail(reset);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await MarkTemporaryAsync(user);
        AuditForSchools(actor, member, "password-reset", null, member.SchoolIds.ToList(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return AccountResult.Ok(member);
    }

    /// <summary>Changes role, schools and activity; a changed security stamp ends the member's open sessions.</summary>
    public async Task<AccountResult> UpdateAsync(StaffMember member, string displayName, StaffRole role, IReadOnlyCollection<int> schoolIds,
        bool isActive, Actor actor, CancellationToken ct = default)
    {
        var user = await UserOfAsync(member);
        if (user is not null && member.Role != role)
        {
            await users.RemoveFromRoleAsync(user, AdminRoles.Of(member.Role));
            var added = await users.AddToRoleAsync(user, AdminRoles.Of(role));
            if (!added.Succeeded) return AccountResult.Fail(added);
        }
        var before = member.SchoolIds.ToList();
        var wasActive = member.IsActive;
        member.Rename(displayName);
        member.ChangeRole(role);
        member.AssignSchools(schoolIds);
        if (isActive) member.Reactivate(); else member.Deactivate();
        if (user is not null) await users.UpdateSecurityStampAsync(user);
        var action = wasActive && !isActive ? "staff-deactivated" : !wasActive && isActive ? "staff-reactivated" : "staff-changed";
        AuditForSchools(actor, member, action, $"{role}: {member.DisplayName}", before.Union(schoolIds).ToList(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return AccountResult.Ok(member);
    }

    /// <summary>The owner chose their own password: the temporary mark goes.</summary>
    public async Task ClearTemporaryAsync(IdentityUser user)
    {
        foreach (var claim in (await users.GetClaimsAsync(user)).Where(c => c.Type == TemporaryPasswordClaim).ToList())
            await users.RemoveClaimAsync(user, claim);
    }

    private async Task MarkTemporaryAsync(IdentityUser user)
    {
        if ((await users.GetClaimsAsync(user)).All(c => c.Type != TemporaryPasswordClaim))
            await users.AddClaimAsync(user, new System.Security.Claims.Claim(TemporaryPasswordClaim, "1"));
    }

    // Audit records are scoped by school; a staff change is written once for each school it touches.
    private void AuditForSchools(Actor actor, StaffMember member, string action, string? comment, IReadOnlyCollection<int> schoolIds, DateTime now)
    {
        if (schoolIds.Count == 0) db.Audit(actor, nameof(StaffMember), member.Id, action, now, comment);
        foreach (var schoolId in schoolIds) db.Audit(actor, nameof(StaffMember), member.Id, action, now, comment, schoolId);
    }
}
