using Microsoft.AspNetCore.Http;
using Telegram.Bot.Types;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>sendDocument, sendPhoto, getFile and the file download route.</summary>
internal sealed class FileHandlers(FakeTelegramState state)
{
    public ApiResult SendDocument(ApiRequest request) => SendFile(request, "sendDocument", "document", "documents");

    public ApiResult SendPhoto(ApiRequest request) => SendFile(request, "sendPhoto", "photo", "photos");

    public ApiResult GetFile(ApiRequest request)
    {
        var stored = request.String("file_id") is { } fileId ? state.Files.Find(fileId) : null;
        if (stored is null)
        {
            return ApiResult.BadRequest("invalid file_id");
        }

        if (stored.FileSize > state.Files.MaxDownloadSize)
        {
            return ApiResult.BadRequest("file is too big");
        }

        return ApiResult.Ok(new TGFile
        {
            FileId = stored.FileId, FileUniqueId = stored.FileUniqueId, FileSize = stored.FileSize, FilePath = stored.FilePath,
        });
    }

    /// <summary>GET /file/bot&lt;token&gt;/&lt;file_path&gt;: the bytes, or a 404 Bot API error.</summary>
    public async Task<int> DownloadAsync(string filePath, HttpResponse response, CancellationToken cancellationToken)
    {
        if (state.Files.FindByPath(filePath) is not { Bytes: { } bytes } stored)
        {
            await ApiResult.NotFound.WriteAsync(response, cancellationToken);
            return StatusCodes.Status404NotFound;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = stored.MimeType ?? "application/octet-stream";
        response.ContentLength = bytes.LongLength;
        await response.Body.WriteAsync(bytes, cancellationToken);
        return StatusCodes.Status200OK;
    }

    private ApiResult SendFile(ApiRequest request, string method, string field, string folder)
    {
        if (request.ChatId is not { } chatId)
        {
            return ApiResult.BadRequest("chat not found");
        }

        var argument = request.File(field);
        if (argument is null)
        {
            return ApiResult.BadRequest($"there is no {field} in the request");
        }

        string source;
        StoredFile? stored;
        string? url = null;
        if (argument.Upload is { } upload)
        {
            source = "upload";
            stored = state.Files.Register(upload.Bytes, upload.FileName, upload.ContentType, folder);
        }
        else if (argument.Reference!.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                 || argument.Reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            source = "url";
            url = argument.Reference;
            stored = state.Files.Register([], Path.GetFileName(new Uri(url).AbsolutePath), null, folder);
        }
        else
        {
            source = "file_id";
            stored = state.Files.Find(argument.Reference);
        }

        if (stored is null)
        {
            return ApiResult.BadRequest("wrong file identifier/HTTP URL specified");
        }

        var caption = request.String("caption");
        var parseMode = request.String("parse_mode");
        var markup = FakeTelegramState.InlineMarkup(request);
        if ((MessageValidation.CheckText(caption, parseMode, isCaption: true) ?? MessageValidation.CheckKeyboard(markup)) is { } error)
        {
            return ApiResult.Error(400, error);
        }

        var now = state.Now;
        var message = state.BotMessage(chatId, state.Chats.NextMessageId(chatId, incoming: false), now);
        message.Caption = caption;
        message.ReplyMarkup = markup;
        if (field == "photo")
        {
            message.Photo = [new PhotoSize { FileId = stored.FileId, FileUniqueId = stored.FileUniqueId, FileSize = stored.FileSize, Width = 1280, Height = 1280 }];
        }
        else
        {
            message.Document = new Document
            {
                FileId = stored.FileId, FileUniqueId = stored.FileUniqueId, FileName = stored.FileName,
                MimeType = stored.MimeType, FileSize = stored.FileSize,
            };
        }

        var file = new SentFile(method, chatId, message.Id, stored.FileId, stored.FileName, stored.MimeType, stored.Bytes ?? [], source, url, now);
        state.Recorder.Record(new SentMessage(method, chatId, message.Id, caption, parseMode, FakeTelegramState.Buttons(markup), now)
        {
            Telegram = message,
            File = file,
            ReplyMarkupJson = request.Json("reply_markup"),
            ReplyToMessageId = FakeTelegramState.ReplyTo(request),
        });
        return ApiResult.Ok(message);
    }
}
