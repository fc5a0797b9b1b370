using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PortfolioBot.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortfolioDbContext>
{
    public PortfolioDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortfolioDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
