using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>What the fake answers: <c>{"ok":true,"result":...}</c> or a Bot API error envelope.</summary>
internal sealed record ApiResult(int StatusCode, object? Result, string? Description, int? RetryAfter, string? RawBody = null)
{
    public static ApiResult Ok(object result) => new(StatusCodes.Status200OK, result, null, null);

    public static ApiResult Error(int code, string description, int? retryAfter = null) => new(code, null, description, retryAfter);

    public static ApiResult BadRequest(string detail) => Error(400, "Bad Request: " + detail);

    public static readonly ApiResult NotFound = Error(404, "Not Found");

    public static readonly ApiResult Unauthorized = Error(401, "Unauthorized");

    public bool IsOk => StatusCode == StatusCodes.Status200OK;

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCode;
        if (RawBody is not null)
        {
            response.ContentType = "text/html";
            await response.WriteAsync(RawBody, cancellationToken);
            return;
        }

        response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("ok", IsOk);
            if (IsOk)
            {
                writer.WritePropertyName("result");
                JsonSerializer.Serialize(writer, Result, Result?.GetType() ?? typeof(object), JsonBotAPI.Options);
            }
            else
            {
                writer.WriteNumber("error_code", StatusCode);
                writer.WriteString("description", Description);
                if (RetryAfter is { } seconds)
                {
                    writer.WriteStartObject("parameters");
                    writer.WriteNumber("retry_after", seconds);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
        }

        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }
}
