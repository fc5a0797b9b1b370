using System.Net;
using Microsoft.Extensions.Logging;
using PortfolioBot.Bot.Channel;
using Telegram.Bot.Exceptions;

namespace PortfolioBot.Bot.TelegramAdapter;

/// <summary>
/// Runs one Bot API call with Telegram's rules: 429 waits retry_after, 5xx and network errors are retried with
/// backoff, anything else is a refusal. Failures are logged with the method and chat, and surface as
/// <see cref="ChatDeliveryException"/> so callers never see a Telegram type.
/// </summary>
internal sealed class TelegramCalls(ILogger<TelegramCalls> logger)
{
    public const int MaxAttempts = 4;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <param name="maxAttempts">1 makes a single attempt with no waiting, for callers that own retries (outbox delivery).</param>
    public async Task<T> RunAsync<T>(string method, string? chatId, Func<CancellationToken, Task<T>> call, CancellationToken ct, int maxAttempts = MaxAttempts)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var failure = Classify(ex, out var retryAfter);
                var canRetry = attempt < maxAttempts && failure is ChatDeliveryFailure.Transient
                    || failure is ChatDeliveryFailure.RetryAfter && attempt < maxAttempts && retryAfter <= MaxRetryAfter;
                logger.LogWarning(ex, "Telegram {Method} for chat {ChatId} failed ({Failure}, attempt {Attempt}/{Max})",
                    method, chatId, failure, attempt, maxAttempts);
                if (!canRetry) throw new ChatDeliveryException(failure, $"Telegram {method} failed: {ex.Message}", retryAfter, ex);
                // Backoff is a wall-clock wait on a remote server, not domain time, so it is not on TimeProvider.
                await Task.Delay(failure == ChatDeliveryFailure.RetryAfter ? retryAfter!.Value : Backoff(attempt), ct);
            }
        }
    }

    public Task RunAsync(string method, string? chatId, Func<CancellationToken, Task> call, CancellationToken ct) =>
        RunAsync(method, chatId, async c => { await call(c); return true; }, ct);

    public static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(200 * Math.Pow(3, attempt - 1));

    public static ChatDeliveryFailure Classify(Exception ex, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        switch (ex)
        {
            case ApiRequestException { ErrorCode: 429 } tooMany:
                retryAfter = TimeSpan.FromSeconds(Math.Max(1, tooMany.Parameters?.RetryAfter ?? 1));
                return ChatDeliveryFailure.RetryAfter;
            case ApiRequestException { ErrorCode: 403 }:
                return ChatDeliveryFailure.Unreachable;
            case ApiRequestException { ErrorCode: >= 500 }:
                return ChatDeliveryFailure.Transient;
            case ApiRequestException api when api.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase):
                return ChatDeliveryFailure.Unreachable;
            case ApiRequestException:
                return ChatDeliveryFailure.Rejected;
            case RequestException { HttpStatusCode: { } status } when (int)status >= 500 || status == HttpStatusCode.RequestTimeout:
                return ChatDeliveryFailure.Transient;
            case RequestException or HttpRequestException or TaskCanceledException or IOException:
                return ChatDeliveryFailure.Transient;
            default:
                return ChatDeliveryFailure.Rejected;
        }
    }
}
