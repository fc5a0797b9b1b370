using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>A file part of a multipart/form-data request.</summary>
internal sealed record UploadedFile(string FieldName, string FileName, string? ContentType, byte[] Bytes);

/// <summary>A file parameter: an uploaded part, or a string (file_id or URL).</summary>
internal sealed record FileArgument(UploadedFile? Upload, string? Reference);

/// <summary>
/// One Bot API call with its parameters, whatever the encoding: JSON body, form-urlencoded, multipart/form-data
/// (values that look like JSON objects/arrays are parsed) or query string.
/// </summary>
internal sealed class ApiRequest(
    string method, JsonObject args, IReadOnlyDictionary<string, UploadedFile> files, IReadOnlyDictionary<string, string> rawText)
{
    public string Method { get; } = method;

    public JsonObject Args { get; } = args;

    public long? ChatId => Long("chat_id");

    public static async Task<ApiRequest> ReadAsync(string method, HttpRequest request, CancellationToken cancellationToken)
    {
        var args = new JsonObject();
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        var rawText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            rawText[key] = value.ToString();
            args[key] = FromFormValue(rawText[key]);
        }

        if (request.HasJsonContentType())
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (node is JsonObject body)
            {
                foreach (var (key, value) in body.ToList())
                {
                    body.Remove(key);
                    args[key] = value;
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                rawText[key] = value.ToString();
                args[key] = FromFormValue(rawText[key]);
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                files[file.Name] = new UploadedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray());
            }
        }

        return new ApiRequest(method, args, files, rawText);
    }

    /// <summary>A text parameter; form values come back exactly as sent, even when they look like JSON.</summary>
    public string? String(string name) => rawText.TryGetValue(name, out var raw) ? raw : Args[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value => value.ToJsonString(),
        JsonNode node => node.ToJsonString(),
        null => null,
    };

    public long? Long(string name) => Args[name] switch
    {
        JsonValue value when value.TryGetValue<long>(out var l) => l,
        JsonValue value when value.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public int? Int(string name) => Long(name) is { } l ? checked((int)l) : null;

    public bool Bool(string name) => Args[name] switch
    {
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<string>(out var s) => string.Equals(s, "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Deserializes a parameter with Telegram.Bot's own JSON options.</summary>
    public T? Get<T>(string name) => Args[name] is { } node ? node.Deserialize<T>(JsonBotAPI.Options) : default;

    /// <summary>Raw JSON of a parameter, or null.</summary>
    public string? Json(string name) => Args[name]?.ToJsonString();

    public FileArgument? File(string name)
    {
        if (files.TryGetValue(name, out var upload))
        {
            return new FileArgument(upload, null);
        }

        var text = String(name);
        const string attach = "attach://";
        if (text is not null && text.StartsWith(attach, StringComparison.Ordinal)
            && files.TryGetValue(text[attach.Length..], out var attached))
        {
            return new FileArgument(attached, null);
        }

        return text is null ? null : new FileArgument(null, text);
    }

    private static JsonNode? FromFormValue(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                // Not JSON after all: keep the text.
            }
        }

        return JsonValue.Create(value);
    }
}
