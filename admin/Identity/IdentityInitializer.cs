using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Setup;

namespace PortfolioBot.Admin.Identity;

/// <summary>
/// Applies the identity migrations and creates the roles. Registered after the core's database initializer,
/// so the data folder and the portfolio schema already exist. Then opens first-run setup if nobody can administer.
/// </summary>
internal sealed class IdentityInitializer(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().OpenIfNoAdministratorAsync(cancellationToken);
    }

    /// <summary>Also used by the command line, which runs without starting the host.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AdminIdentityDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AdminRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
