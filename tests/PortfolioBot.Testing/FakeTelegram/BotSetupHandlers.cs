using System.Text.RegularExpressions;
using Telegram.Bot.Types;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>getMe, getUpdates, set/get/deleteMyCommands, setWebhook, deleteWebhook, getWebhookInfo.</summary>
internal sealed partial class BotSetupHandlers(FakeTelegramState state)
{
    public ApiResult GetMe(ApiRequest request) => ApiResult.Ok(state.BotUser);

    public async Task<ApiResult> GetUpdatesAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        if (state.Recorder.Webhook is not null)
        {
            return ApiResult.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var timeout = TimeSpan.FromSeconds(Math.Max(0, request.Int("timeout") ?? 0));
        try
        {
            var updates = await state.Updates.TakeAsync(request.Int("offset"), request.Int("limit") ?? 100, timeout, cancellationToken);
            return ApiResult.Ok(updates);
        }
        catch (PollSupersededException superseded)
        {
            return ApiResult.Error(409, superseded.Message);
        }
    }

    public ApiResult SetMyCommands(ApiRequest request)
    {
        var commands = request.Get<BotCommand[]>("commands") ?? [];
        foreach (var command in commands)
        {
            if (!CommandName().IsMatch(command.Command ?? string.Empty))
            {
                return ApiResult.BadRequest("BOT_COMMAND_INVALID");
            }

            if (string.IsNullOrWhiteSpace(command.Description) || command.Description.Length > 256)
            {
                return ApiResult.BadRequest("command description must be non-empty");
            }
        }

        state.Recorder.RecordCommands(new CommandSet(Language(request), Scope(request), commands, state.Now));
        return ApiResult.Ok(true);
    }

    public ApiResult GetMyCommands(ApiRequest request) =>
        ApiResult.Ok(state.Recorder.Commands(Language(request), Scope(request)) ?? []);

    public ApiResult DeleteMyCommands(ApiRequest request)
    {
        state.Recorder.DeleteCommands(Scope(request), Language(request));
        return ApiResult.Ok(true);
    }

    public ApiResult SetWebhook(ApiRequest request)
    {
        var url = request.String("url") ?? string.Empty;
        var secret = request.String("secret_token");
        if (secret is not null && !SecretToken().IsMatch(secret))
        {
            return ApiResult.BadRequest("secret token contains unallowed characters");
        }

        if (url.Length == 0)
        {
            state.Recorder.SetWebhook(null);
            return ApiResult.Ok(true);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return ApiResult.BadRequest("bad webhook: HTTPS url must be provided for webhook");
        }

        var drop = request.Bool("drop_pending_updates");
        if (drop)
        {
            state.Updates.Clear();
        }

        state.Recorder.SetWebhook(new WebhookSettings(
            url, secret, request.Int("max_connections"), request.Get<string[]>("allowed_updates") ?? [], drop));
        return ApiResult.Ok(true);
    }

    public ApiResult DeleteWebhook(ApiRequest request)
    {
        if (request.Bool("drop_pending_updates"))
        {
            state.Updates.Clear();
        }

        state.Recorder.SetWebhook(null);
        return ApiResult.Ok(true);
    }

    public ApiResult GetWebhookInfo(ApiRequest request)
    {
        var webhook = state.Recorder.Webhook;
        return ApiResult.Ok(new WebhookInfo
        {
            Url = webhook?.Url ?? string.Empty,
            HasCustomCertificate = false,
            PendingUpdateCount = state.Updates.PendingCount,
            MaxConnections = webhook?.MaxConnections,
        });
    }

    private static string Language(ApiRequest request) => request.String("language_code") ?? string.Empty;

    private static string Scope(ApiRequest request) => request.Args["scope"]?["type"]?.GetValue<string>() ?? "default";

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
