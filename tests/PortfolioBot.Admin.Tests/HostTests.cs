using System.Globalization;
using System.Net;
using System.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests;

public sealed class HostTests : AdminTest
{
    [Fact]
    public async Task EveryPageCarriesTheSecurityHeaders()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync("/Account/Login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task PagesHaveNoInlineScript()
    {
        await TwoSchools.SeedAsync(App);
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        foreach (var url in new[] { "/", "/Review", "/Review/Entry/1", "/Audit", "/Admin/Staff", "/Admin/Schools" })
        {
            var page = await admin.GetDocumentAsync(url);
            Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"inline script on {url}"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
        }
    }

    [Theory]
    [InlineData("ru", "Вход")]
    [InlineData("kk", "Кіру")]
    [InlineData("en", "Sign in")]
    public async Task TheLoginPageSpeaksTheChosenLanguage(string culture, string heading)
    {
        using var client = App.NewClient();

        var page = await client.GetDocumentAsync($"/Account/Login?culture={culture}");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheLanguageSwitcherRemembersTheChoice()
    {
        using var client = App.NewClient();

        using var switched = await client.SubmitAsync("/Account/Login", "form[action^='/Language']", submitName: "culture", submitValue: "kk");
        var page = await client.GetDocumentAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("Кіру", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void EveryStringIsTranslatedIntoKazakhAndEnglish()
    {
        var resources = new ResourceManager("PortfolioBot.Admin.Resources.SharedResource", typeof(SharedResource).Assembly);
        var neutral = Keys(resources, CultureInfo.InvariantCulture);

        Assert.NotEmpty(neutral);
        Assert.Equal(neutral, Keys(resources, CultureInfo.GetCultureInfo("kk")));
        Assert.Equal(neutral, Keys(resources, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public async Task CreateAdminCommandCreatesAnAdministratorWithoutTheWebServer()
    {
        using var folder = new PortfolioBot.Testing.TempFolder();
        var args = new[] { "create-admin", "--email", "root@school.kz", "--password", Seed.Password, "--name", "Директор", "--school", "Школа №9" };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Testing", ContentRootPath = folder.Path });
        builder.Configuration["Storage:DataDirectory"] = folder.Path;
        Core.DependencyInjection.AddCore(builder);
        builder.AddAdmin();
        await using var app = builder.Build();

        var ran = await Setup.CommandLine.RunCommandAsync(app, args);

        Assert.True(ran);
        Assert.Equal(0, Environment.ExitCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortfolioDbContext>();
        var admin = await db.StaffMembers.Include(s => s.Schools).SingleAsync();
        Assert.Equal("Директор", admin.DisplayName);
        Assert.Equal("Школа №9", (await db.Schools.SingleAsync()).Name);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static SortedSet<string> Keys(ResourceManager resources, CultureInfo culture) =>
        new(resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key), StringComparer.Ordinal);
}
