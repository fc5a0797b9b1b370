using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>
/// Terminal middleware speaking the Bot API: <c>/bot&lt;token&gt;/&lt;method&gt;</c> (any HTTP verb, any body encoding)
/// and <c>GET /file/bot&lt;token&gt;/&lt;file_path&gt;</c>. Applies token check, counting, faults and rate limits.
/// </summary>
internal sealed class BotApiRouter
{
    public const string DownloadMethod = "downloadFile";

    private readonly FakeTelegramState _state;
    private readonly FileHandlers _files;
    private readonly Dictionary<string, Func<ApiRequest, CancellationToken, Task<ApiResult>>> _handlers;

    public BotApiRouter(FakeTelegramState state)
    {
        _state = state;
        var messaging = new MessagingHandlers(state);
        var setup = new BotSetupHandlers(state);
        _files = new FileHandlers(state);
        _handlers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["getMe"] = Sync(setup.GetMe),
            ["getUpdates"] = setup.GetUpdatesAsync,
            ["setMyCommands"] = Sync(setup.SetMyCommands),
            ["getMyCommands"] = Sync(setup.GetMyCommands),
            ["deleteMyCommands"] = Sync(setup.DeleteMyCommands),
            ["setWebhook"] = Sync(setup.SetWebhook),
            ["deleteWebhook"] = Sync(setup.DeleteWebhook),
            ["getWebhookInfo"] = Sync(setup.GetWebhookInfo),
            ["sendMessage"] = Sync(messaging.SendMessage),
            ["editMessageText"] = Sync(messaging.EditMessageText),
            ["editMessageReplyMarkup"] = Sync(messaging.EditMessageReplyMarkup),
            ["deleteMessage"] = Sync(messaging.DeleteMessage),
            ["answerCallbackQuery"] = Sync(messaging.AnswerCallbackQuery),
            ["sendChatAction"] = Sync(messaging.SendChatAction),
            ["sendDocument"] = Sync(_files.SendDocument),
            ["sendPhoto"] = Sync(_files.SendPhoto),
            ["getFile"] = Sync(_files.GetFile),
        };
    }

    public async Task HandleAsync(HttpContext http)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _state.Stopping);
        var cancellationToken = linked.Token;
        var path = http.Request.Path.Value ?? string.Empty;
        try
        {
            if (Split(path, "/file/bot") is (var fileToken, var filePath))
            {
                await DownloadAsync(http, fileToken, filePath, cancellationToken);
            }
            else if (Split(path, "/bot") is (var token, var method) && !method.Contains('/', StringComparison.Ordinal))
            {
                await CallAsync(http, token, method, cancellationToken);
            }
            else
            {
                await ApiResult.NotFound.WriteAsync(http.Response, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client gave up, or the server is stopping: drop the connection instead of answering.
            http.Abort();
        }
    }

    private async Task CallAsync(HttpContext http, string token, string method, CancellationToken cancellationToken)
    {
        _state.Faults.Count(method);
        if (token != _state.Token)
        {
            await Answer(http, method, null, ApiResult.Unauthorized, cancellationToken);
            return;
        }

        if (!_handlers.TryGetValue(method, out var handler))
        {
            await Answer(http, method, null, ApiResult.NotFound, cancellationToken);
            return;
        }

        ApiRequest request;
        try
        {
            request = await ApiRequest.ReadAsync(method, http.Request, cancellationToken);
        }
        catch (JsonException)
        {
            await Answer(http, method, null, ApiResult.BadRequest("can't parse JSON object"), cancellationToken);
            return;
        }

        if (await InjectFaultAsync(http, method, request.ChatId, cancellationToken))
        {
            return;
        }

        SendRecord? ticket = null;
        if (RateLimitTracker.IsSend(method) && request.ChatId is { } chatId)
        {
            ticket = _state.Rates.TryAcquire(chatId, method, out var retryAfter);
            if (ticket is null)
            {
                await Answer(http, method, chatId, ApiResult.Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter), cancellationToken);
                return;
            }
        }

        var result = await handler(request, cancellationToken);
        if (!result.IsOk && ticket is not null)
        {
            _state.Rates.Release(ticket);
        }

        await Answer(http, method, request.ChatId, result, cancellationToken);
    }

    private async Task DownloadAsync(HttpContext http, string token, string filePath, CancellationToken cancellationToken)
    {
        _state.Faults.Count(DownloadMethod);
        if (token != _state.Token)
        {
            await Answer(http, DownloadMethod, null, ApiResult.Unauthorized, cancellationToken);
        }
        else if (!await InjectFaultAsync(http, DownloadMethod, null, cancellationToken))
        {
            var status = await _files.DownloadAsync(Uri.UnescapeDataString(filePath), http.Response, cancellationToken);
            _state.Faults.Log(DownloadMethod, null, status);
        }
    }

    /// <summary>True when a fault answered the request. A timeout fault holds first, then lets it through.</summary>
    private async Task<bool> InjectFaultAsync(HttpContext http, string method, long? chatId, CancellationToken cancellationToken)
    {
        if (_state.Faults.TryTake(method, chatId) is not { } fault)
        {
            return false;
        }

        if (fault.Kind == FaultKind.Timeout)
        {
            try
            {
                await Task.Delay(fault.Hold, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _state.Faults.Log(method, chatId, 499);
                throw;
            }

            return false;
        }

        await Answer(http, method, chatId, FaultInjector.ToResult(fault), cancellationToken);
        return true;
    }

    private async Task Answer(HttpContext http, string method, long? chatId, ApiResult result, CancellationToken cancellationToken)
    {
        _state.Faults.Log(method, chatId, result.StatusCode);
        await result.WriteAsync(http.Response, cancellationToken);
    }

    private static (string Token, string Remainder)? Split(string path, string prefix)
    {
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 || slash == rest.Length - 1 ? null : (rest[..slash], rest[(slash + 1)..]);
    }

    private static Func<ApiRequest, CancellationToken, Task<ApiResult>> Sync(Func<ApiRequest, ApiResult> handler) =>
        (request, _) => Task.FromResult(handler(request));
}
