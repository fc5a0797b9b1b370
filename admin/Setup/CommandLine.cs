using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Core.Data;

namespace PortfolioBot.Admin.Setup;

/// <summary>
/// `create-admin --email x --password y --name z [--school "..."]`: creates an administrator for scripted
/// setups and exits without starting the web server.
/// </summary>
public static class CommandLine
{
    public const string CreateAdmin = "create-admin";

    /// <summary>True when the arguments held a command: it ran, <see cref="Environment.ExitCode"/> is set, and the host should stop.</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != CreateAdmin) return false;
        var options = Parse(args.Skip(1).ToArray());
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("password", out var password) || !options.TryGetValue("name", out var name))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email <email> --password <password> --name <display name> [--school \"<school name>\"]");
            Environment.ExitCode = 2;
            return true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<StoragePaths>().EnsureCreated();
        var db = services.GetRequiredService<PortfolioDbContext>();
        await db.Database.MigrateAsync();
        await IdentityInitializer.MigrateAsync(services, CancellationToken.None);

        var school = options.GetValueOrDefault("school") ?? await db.Schools.OrderBy(s => s.Id).Select(s => s.Name).FirstOrDefaultAsync();
        if (string.IsNullOrWhiteSpace(school))
        {
            await Console.Error.WriteLineAsync("There is no school yet: give one with --school \"<school name>\".");
            Environment.ExitCode = 2;
            return true;
        }

        var result = await FirstRunSetup.CreateAdministratorAsync(services, name, email, password, school, CancellationToken.None);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) await Console.Error.WriteLineAsync(error);
            Environment.ExitCode = 1;
            return true;
        }
        Console.WriteLine($"Administrator {email} created for \"{school.Trim()}\".");
        Environment.ExitCode = 0;
        return true;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal)) options[args[i][2..]] = args[i + 1];
        }
        return options;
    }
}
