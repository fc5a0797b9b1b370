using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortfolioBot.Benchmarks.Infrastructure;

namespace PortfolioBot.Benchmarks.Scenarios.Admin;

/// <summary>
/// The real admin host (admin/Program.cs) on Kestrel at 127.0.0.1:0 over a given data folder. The reminder
/// scheduler and delivery are off so that only the pages being measured use the machine.
/// </summary>
public sealed partial class AdminFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;

    public AdminFactory(string dataFolder)
    {
        _dataFolder = dataFolder;
        // WebApplicationFactory looks for the content root next to the solution by assembly name; ours is admin/.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PORTFOLIOBOT_ADMIN", Path.Combine(BenchOptions.RepositoryRoot(), "admin"));
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public Uri Start()
    {
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", _dataFolder);
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("Delivery:Enabled", "false");
        // No log output: a failing page shows as a non-200 answer, which stops the scenario with its body.
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    /// <summary>Signs in through the login form (antiforgery token and all) on a client with its own cookies.</summary>
    public static async Task<HttpClient> SignedInClientAsync(Uri address, string email, string password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var login = await client.GetStringAsync("/Account/Login");
        var token = TokenPattern().Match(login);
        if (!token.Success) throw new InvalidOperationException("The login page has no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await client.PostAsync("/Account/Login", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
