using PortfolioBot.Admin.Health;

namespace PortfolioBot.Admin;

public static class HostingExtensions
{
    /// <summary>The web host's own services: health checks (Razor Pages and identity arrive with the admin issue).</summary>
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseAdmin(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
