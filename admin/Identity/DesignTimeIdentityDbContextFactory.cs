using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PortfolioBot.Admin.Identity;

/// <summary>Lets `dotnet ef migrations add --context AdminIdentityDbContext` build the model without the host.</summary>
internal sealed class DesignTimeIdentityDbContextFactory : IDesignTimeDbContextFactory<AdminIdentityDbContext>
{
    public AdminIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AdminIdentityDbContext>()
            .UseSqlite("Data Source=design-time.db", s => s.MigrationsHistoryTable(AdminIdentityDbContext.MigrationsHistoryTable))
            .Options);
}
