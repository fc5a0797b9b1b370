using System.Security.Cryptography;
using System.Text;

namespace PortfolioBot.Core.Invitations;

public enum InvitationOutcome
{
    Linked,
    Unknown,
    AlreadyUsed,
    Expired,
    Revoked,
}

/// <summary>
/// A one-time code that links a chat account to a teacher (or a staff member). Only the code's SHA-256 is
/// stored, so a copy of the database does not hand out live invitations.
/// </summary>
public class Invitation
{
    public const int CodeLength = 24;

    private Invitation() { CodeHash = null!; }

    private Invitation(int? teacherId, int? staffMemberId, string codeHash, DateTime createdAtUtc, DateTime expiresAtUtc)
    {
        TeacherId = teacherId;
        StaffMemberId = staffMemberId;
        CodeHash = codeHash;
        CreatedAt = createdAtUtc;
        ExpiresAt = expiresAtUtc;
    }

    public int Id { get; private set; }
    public int? TeacherId { get; private set; }
    public int? StaffMemberId { get; private set; }
    public string CodeHash { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? UsedAt { get; private set; }
    public string? UsedByExternalUserId { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    /// <summary>Creates an invitation and returns it with its code, which is shown once and never stored.</summary>
    public static (Invitation Invitation, string Code) ForTeacher(int teacherId, DateTime utcNow, TimeSpan validFor) =>
        Create(teacherId, null, utcNow, validFor);

    public static (Invitation Invitation, string Code) ForStaff(int staffMemberId, DateTime utcNow, TimeSpan validFor) =>
        Create(null, staffMemberId, utcNow, validFor);

    private static (Invitation, string) Create(int? teacherId, int? staffId, DateTime utcNow, TimeSpan validFor)
    {
        // Telegram deep links allow A-Z, a-z, 0-9, _ and - in up to 64 characters: 24 of 64 symbols ≈ 144 bits.
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var code = RandomNumberGenerator.GetString(alphabet, CodeLength);
        return (new Invitation(teacherId, staffId, Hash(code), utcNow, utcNow + validFor), code);
    }

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));

    public InvitationOutcome CanBeUsed(DateTime utcNow) =>
        RevokedAt is not null ? InvitationOutcome.Revoked
        : UsedAt is not null ? InvitationOutcome.AlreadyUsed
        : utcNow >= ExpiresAt ? InvitationOutcome.Expired
        : InvitationOutcome.Linked;

    public void MarkUsed(string externalUserId, DateTime utcNow)
    {
        if (CanBeUsed(utcNow) != InvitationOutcome.Linked) throw new InvalidOperationException("This invitation cannot be used.");
        UsedAt = utcNow;
        UsedByExternalUserId = externalUserId;
    }

    public void Revoke(DateTime utcNow) => RevokedAt ??= utcNow;
}
