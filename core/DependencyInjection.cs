using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortfolioBot.Core.Analysis;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Export;
using PortfolioBot.Core.Invitations;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core;

public static class DependencyInjection
{
    /// <summary>The portfolio itself: storage, evidence, catalogue rules, calendar and analysis.</summary>
    public static IHostApplicationBuilder AddCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoragePaths>();
        services.AddDbContext<PortfolioDbContext>((sp, options) =>
        {
            var paths = sp.GetRequiredService<StoragePaths>();
            options.UseSqlite(paths.ConnectionString).AddInterceptors(new SqlitePragmas(paths.BusyTimeoutMs));
        });
        services.AddHostedService<DatabaseInitializer>();

        services.AddSingleton<SchoolCalendar>();
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<ConfirmationRule>();
        services.AddScoped<InvitationService>();
        services.AddScoped<ThreeYearAnalysis>();
        services.AddScoped<DeadlineProgress>();
        services.AddScoped<PortfolioExporter>();
        services.AddScoped<TeacherImport>();
        return builder;
    }
}
