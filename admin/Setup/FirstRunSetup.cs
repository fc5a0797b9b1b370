using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using PortfolioBot.Admin.Identity;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Setup;

/// <summary>
/// First run: while no administrator exists, a random one-time token (kept in memory as a hash) opens the
/// setup page, which creates the first administrator and their school. There is no default password.
/// </summary>
public sealed class FirstRunSetup(IServiceScopeFactory scopes, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstRunSetup> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _tokenHash;

    public bool IsOpen => Volatile.Read(ref _tokenHash) is not null;

    /// <summary>The token of the open setup link; tests read it instead of scraping the log.</summary>
    internal string? Token { get; private set; }

    public async Task OpenIfNoAdministratorAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AdministratorExistsAsync(ct)) return;
        Token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        Volatile.Write(ref _tokenHash, Hash(Token));
        // The address is known only once the server listens.
        lifetime.ApplicationStarted.Register(LogLink);
    }

    public bool Accepts(string? token) =>
        token is { Length: > 0 } && Volatile.Read(ref _tokenHash) is { } expected && CryptographicOperations.FixedTimeEquals(expected, Hash(token));

    /// <summary>Creates the first administrator once; later calls (or a wrong token) change nothing.</summary>
    public async Task<AccountResult?> CompleteAsync(string token, string name, string email, string password, string schoolName, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!Accepts(token)) return null;
            await using var scope = scopes.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
            if (await accounts.AdministratorExistsAsync(ct))
            {
                Close();
                return null;
            }
            var result = await CreateAdministratorAsync(scope.ServiceProvider, name, email, password, schoolName, ct);
            if (result.Succeeded)
            {
                Close();
                logger.LogInformation("First administrator {Email} created; the setup link is closed", email);
            }
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Shared with the command line: a new school (or the existing one of that name) and its administrator.</summary>
    internal static async Task<AccountResult> CreateAdministratorAsync(IServiceProvider services, string name, string email, string password, string schoolName, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortfolioDbContext>();
        var trimmed = schoolName.Trim();
        var school = db.Schools.FirstOrDefault(s => s.Name == trimmed);
        var isNew = school is null;
        if (school is null)
        {
            school = new School(trimmed);
            db.Schools.Add(school);
            await db.SaveChangesAsync(ct);
        }
        var result = await services.GetRequiredService<StaffAccounts>()
            .CreateAsync(name, email, password, StaffRole.Administrator, [school.Id], Actor.System, ct: ct);
        if (!result.Succeeded && isNew)
        {
            db.Schools.Remove(school);
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    private void Close()
    {
        Volatile.Write(ref _tokenHash, null);
        Token = null;
    }

    private void LogLink()
    {
        if (Token is not { } token) return;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
        logger.LogWarning("No administrator yet. Open {Address}/setup?token={Token} to create the first one; the link works once, until an administrator exists.",
            address.TrimEnd('/'), token);
    }

    public void Dispose() => _gate.Dispose();

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
