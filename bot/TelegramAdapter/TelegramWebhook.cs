using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PortfolioBot.Bot.TelegramAdapter;

/// <summary>
/// POST endpoint Telegram calls in Webhook mode. The secret header is checked before the body is read, in
/// constant time; a wrong or missing secret gets 401 and nothing is parsed.
/// </summary>
internal static class TelegramWebhook
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<TelegramOptions> options, TelegramIntake intake, ILoggerFactory loggers, IHostApplicationLifetime lifetime,
        CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled || o.Mode != TelegramMode.Webhook || string.IsNullOrEmpty(o.WebhookSecret)) return Results.NotFound();
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), o.WebhookSecret))
        {
            loggers.CreateLogger(typeof(TelegramWebhook)).LogWarning("Webhook call from {Remote} refused: wrong secret", http.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, ct);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();
        // Stored before answering, handled after: Telegram gets its 200 at once and a slow chat holds up no one.
        // Not tied to the request: Telegram hanging up must not leave an update half-stored; only shutdown stops it.
        await intake.AcceptAsync([update], lifetime.ApplicationStopping);
        return Results.Ok();
    }

    /// <summary>Compares SHA-256 digests so neither content nor length leaks through timing.</summary>
    public static bool SecretMatches(string? given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given ?? string.Empty)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
