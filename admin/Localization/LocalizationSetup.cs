using System.Globalization;
using Microsoft.AspNetCore.Localization;
using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Admin.Localization;

/// <summary>Request localization: Russian by default, Kazakh and English on request (switcher cookie, ?culture=, browser).</summary>
public static class LocalizationSetup
{
    public static IReadOnlyList<CultureInfo> Cultures { get; } = Languages.All.Select(CultureInfo.GetCultureInfo).ToList();

    public static IServiceCollection AddAdminLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Languages.Russian);
            o.SupportedCultures = Cultures.ToList();
            o.SupportedUICultures = Cultures.ToList();
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        return services;
    }

    /// <summary>The language of the current request as the catalogue knows it ("kk", "ru" or "en").</summary>
    public static string CurrentLanguage => Languages.Normalize(CultureInfo.CurrentUICulture.Name);
}
