using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Identity;

/// <summary>Identity role names, one per <see cref="StaffRole"/>; the staff member's role is the source of truth.</summary>
public static class AdminRoles
{
    public const string Administrator = nameof(StaffRole.Administrator);
    public const string Reviewer = nameof(StaffRole.Reviewer);

    public static IReadOnlyList<string> All { get; } = [Administrator, Reviewer];

    public static string Of(StaffRole role) => role switch
    {
        StaffRole.Administrator => Administrator,
        StaffRole.Reviewer => Reviewer,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

/// <summary>Authorization policy names used by the folder conventions.</summary>
public static class AdminPolicies
{
    public const string Administrator = "AdministratorOnly";
}
