using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PortfolioBot.Admin.Identity;

/// <summary>
/// Sign-in accounts of the administration. Lives in the same SQLite file as the portfolio but keeps its own
/// migrations history, so core and admin schemas evolve independently. A user is linked to a core
/// <c>StaffMember</c> through <c>StaffMember.UserId</c>.
/// </summary>
public sealed class AdminIdentityDbContext(DbContextOptions<AdminIdentityDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";
}
