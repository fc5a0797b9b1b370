using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using PortfolioBot.Admin.Access;
using PortfolioBot.Admin.Files;
using PortfolioBot.Admin.Health;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Admin.Localization;
using PortfolioBot.Admin.Review;
using PortfolioBot.Admin.Security;

namespace PortfolioBot.Admin;

public static class HostingExtensions
{
    /// <summary>The web host's own services: identity, access scope, Razor Pages in three languages, health checks.</summary>
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAdminIdentity();
        services.AddAdminLocalization();
        services.AddScoped<StaffScope>();
        services.AddScoped<ReviewService>();
        // Kazakh and Russian letters go out as they are, not as &#x...; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicies.Administrator, p => p.RequireAuthenticatedUser().RequireRole(AdminRoles.Administrator));

        services.AddRazorPages(o =>
            {
                // Everything needs a signed-in staff member; the Admin folder needs an administrator.
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AuthorizeFolder("/Admin", AdminPolicies.Administrator);
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Setup");
                o.Conventions.AllowAnonymousToPage("/Status");
                o.Conventions.AllowAnonymousToPage("/Language");
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, ModelBindingMessages>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseAdmin(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Status/500");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<StaffScopeMiddleware>();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapEvidenceFiles();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
