namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>Failures the fake can inject instead of handling a request.</summary>
public enum FaultKind
{
    /// <summary>429 "Too Many Requests: retry after N" with parameters.retry_after = N.</summary>
    TooManyRequests,

    /// <summary>500 with a JSON error body.</summary>
    InternalServerError,

    /// <summary>502 with an HTML body, as Telegram's front proxy answers (not JSON: the client fails to parse it).</summary>
    BadGateway,

    /// <summary>403 "Forbidden: bot was blocked by the user".</summary>
    Forbidden,

    /// <summary>400 with the given description (default "Bad Request: chat not found").</summary>
    BadRequest,

    /// <summary>
    /// The request is held until the client gives up (then nothing is processed) or the hold time passes
    /// (then it is processed normally, like a slow but successful Telegram).
    /// </summary>
    Timeout,
}

/// <summary>One armed fault. <see cref="Method"/> "*" matches every method.</summary>
public sealed record FaultRule(string Method, FaultKind Kind, long? ChatId, int RetryAfterSeconds, string? Description, TimeSpan Hold);

/// <summary>Thread-safe fault rules and per-method request counters.</summary>
public sealed class FaultInjector(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Remaining)> _rules = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ApiCall> _calls = [];

    /// <summary>Makes the next <paramref name="count"/> matching requests fail with <paramref name="kind"/>.</summary>
    /// <param name="method">Bot API method name (case-insensitive), "downloadFile" for file downloads, or "*".</param>
    /// <param name="chatId">Only requests whose chat_id equals this fail; null for any.</param>
    /// <param name="hold">For <see cref="FaultKind.Timeout"/>: how long to hold (default 100 s).</param>
    public FaultRule FailNext(
        string method, int count = 1, FaultKind kind = FaultKind.InternalServerError, long? chatId = null,
        int retryAfterSeconds = 5, string? description = null, TimeSpan? hold = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var rule = new FaultRule(method, kind, chatId, retryAfterSeconds, description, hold ?? TimeSpan.FromSeconds(100));
        lock (_gate)
        {
            _rules.Add((rule, count));
        }

        return rule;
    }

    /// <summary>Removes every armed fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Requests received for <paramref name="method"/> (every request counts, failed or not).</summary>
    public int RequestCount(string method)
    {
        lock (_gate)
        {
            return _counts.GetValueOrDefault(method);
        }
    }

    /// <summary>Every request with the status it got, in arrival order of completion.</summary>
    public IReadOnlyList<ApiCall> Calls
    {
        get { lock (_gate) { return [.. _calls]; } }
    }

    internal void Count(string method)
    {
        lock (_gate)
        {
            _counts[method] = _counts.GetValueOrDefault(method) + 1;
        }
    }

    internal void Log(string method, long? chatId, int statusCode)
    {
        lock (_gate)
        {
            _calls.Add(new ApiCall(method, chatId, time.GetUtcNow(), statusCode));
        }
    }

    internal FaultRule? TryTake(string method, long? chatId)
    {
        lock (_gate)
        {
            var index = _rules.FindIndex(r =>
                (r.Rule.Method == "*" || string.Equals(r.Rule.Method, method, StringComparison.OrdinalIgnoreCase))
                && (r.Rule.ChatId is null || r.Rule.ChatId == chatId));
            if (index < 0)
            {
                return null;
            }

            var (rule, remaining) = _rules[index];
            if (remaining <= 1)
            {
                _rules.RemoveAt(index);
            }
            else
            {
                _rules[index] = (rule, remaining - 1);
            }

            return rule;
        }
    }

    internal static ApiResult ToResult(FaultRule rule) => rule.Kind switch
    {
        FaultKind.TooManyRequests => ApiResult.Error(429, rule.Description ?? $"Too Many Requests: retry after {rule.RetryAfterSeconds}", rule.RetryAfterSeconds),
        FaultKind.InternalServerError => ApiResult.Error(500, rule.Description ?? "Internal Server Error"),
        FaultKind.BadGateway => new ApiResult(502, null, null, null,
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n"),
        FaultKind.Forbidden => ApiResult.Error(403, rule.Description ?? "Forbidden: bot was blocked by the user"),
        FaultKind.BadRequest => ApiResult.Error(400, rule.Description ?? "Bad Request: chat not found"),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Timeout is not an immediate answer."),
    };
}
