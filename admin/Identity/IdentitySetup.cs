using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Setup;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Admin.Identity;

/// <summary>ASP.NET Core Identity with cookies, stored next to the portfolio in the same SQLite file.</summary>
public static class IdentitySetup
{
    public const int MinPasswordLength = 10;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddAdminIdentity(this IServiceCollection services)
    {
        services.AddDbContext<AdminIdentityDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<StoragePaths>().ConnectionString,
                s => s.MigrationsHistoryTable(AdminIdentityDbContext.MigrationsHistoryTable)));

        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = MinPasswordLength;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AdminIdentityDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "PortfolioBot.Admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A page the role does not allow: say so plainly instead of bouncing to the login page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // A changed password, role or deactivation ends other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        // Keys in the data folder, so sign-in cookies and antiforgery tokens survive a restart.
        services.AddDataProtection().SetApplicationName("PortfolioBot.Admin");
        services.AddOptions<KeyManagementOptions>().Configure<StoragePaths, ILoggerFactory>((o, paths, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")), logs));

        services.AddScoped<StaffAccounts>();
        services.AddSingleton<FirstRunSetup>();
        services.AddHostedService<IdentityInitializer>();
        return services;
    }
}
