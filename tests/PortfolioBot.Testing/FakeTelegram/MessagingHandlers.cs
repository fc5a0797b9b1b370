using Telegram.Bot.Types;

namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>sendMessage, editMessageText, editMessageReplyMarkup, deleteMessage, answerCallbackQuery, sendChatAction.</summary>
internal sealed class MessagingHandlers(FakeTelegramState state)
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public ApiResult SendMessage(ApiRequest request)
    {
        if (request.ChatId is not { } chatId)
        {
            return ApiResult.BadRequest("chat not found");
        }

        var text = request.String("text");
        var parseMode = request.String("parse_mode");
        var markup = FakeTelegramState.InlineMarkup(request);
        if ((MessageValidation.CheckText(text, parseMode, isCaption: false) ?? MessageValidation.CheckKeyboard(markup)) is { } error)
        {
            return ApiResult.Error(400, error);
        }

        var now = state.Now;
        var message = state.BotMessage(chatId, state.Chats.NextMessageId(chatId, incoming: false), now);
        message.Text = text;
        message.ReplyMarkup = markup;
        state.Recorder.Record(new SentMessage("sendMessage", chatId, message.Id, text, parseMode, FakeTelegramState.Buttons(markup), now)
        {
            Telegram = message,
            ReplyMarkupJson = request.Json("reply_markup"),
            ReplyToMessageId = FakeTelegramState.ReplyTo(request),
        });
        return ApiResult.Ok(message);
    }

    public ApiResult EditMessageText(ApiRequest request)
    {
        if (Target(request, out var current) is { } missing)
        {
            return missing;
        }

        if (current!.File is not null)
        {
            return ApiResult.BadRequest("there is no text in the message to edit");
        }

        var text = request.String("text");
        var parseMode = request.String("parse_mode");
        var markup = FakeTelegramState.InlineMarkup(request);
        if ((MessageValidation.CheckText(text, parseMode, isCaption: false) ?? MessageValidation.CheckKeyboard(markup)) is { } error)
        {
            return ApiResult.Error(400, error);
        }

        if (text == current.Text && FakeTelegramState.MarkupJson(markup) == FakeTelegramState.MarkupJson(current.Markup))
        {
            return ApiResult.BadRequest(NotModified);
        }

        return Edit(current, "editMessageText", text, parseMode, markup, request);
    }

    public ApiResult EditMessageReplyMarkup(ApiRequest request)
    {
        if (Target(request, out var current) is { } missing)
        {
            return missing;
        }

        var markup = FakeTelegramState.InlineMarkup(request);
        if (MessageValidation.CheckKeyboard(markup) is { } error)
        {
            return ApiResult.Error(400, error);
        }

        return FakeTelegramState.MarkupJson(markup) == FakeTelegramState.MarkupJson(current!.Markup)
            ? ApiResult.BadRequest(NotModified)
            : Edit(current, "editMessageReplyMarkup", current.Text, current.ParseMode, markup, request);
    }

    public ApiResult DeleteMessage(ApiRequest request)
    {
        var chatId = request.ChatId ?? 0;
        var messageId = request.Int("message_id") ?? 0;
        var current = state.Recorder.Find(chatId, messageId);
        if (current is { IsDeleted: false })
        {
            state.Recorder.Record(current with { Method = "deleteMessage", IsDeleted = true, At = state.Now });
            return ApiResult.Ok(true);
        }

        return state.Chats.RemoveIncoming(chatId, messageId)
            ? ApiResult.Ok(true)
            : ApiResult.BadRequest("message to delete not found");
    }

    public ApiResult AnswerCallbackQuery(ApiRequest request)
    {
        var answer = new CallbackAnswer(
            request.String("callback_query_id") ?? string.Empty, request.String("text"), request.Bool("show_alert"),
            request.String("url"), request.Int("cache_time"), state.Now);
        return state.Recorder.TryAnswer(answer)
            ? ApiResult.Ok(true)
            : ApiResult.BadRequest("query is too old and response timeout expired or query ID is invalid");
    }

    public ApiResult SendChatAction(ApiRequest request)
    {
        if (request.ChatId is not { } chatId || request.String("action") is not { } action)
        {
            return ApiResult.BadRequest("chat not found");
        }

        state.Recorder.RecordChatAction(new ChatActionSent(chatId, action, state.Now));
        return ApiResult.Ok(true);
    }

    private ApiResult? Target(ApiRequest request, out SentMessage? current)
    {
        current = null;
        if (request.String("inline_message_id") is not null)
        {
            return ApiResult.BadRequest("the fake server does not support inline messages");
        }

        current = state.Recorder.Find(request.ChatId ?? 0, request.Int("message_id") ?? 0);
        return current is null or { IsDeleted: true } ? ApiResult.BadRequest("message to edit not found") : null;
    }

    private ApiResult Edit(
        SentMessage current, string method, string? text, string? parseMode,
        Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup? markup, ApiRequest request)
    {
        var now = state.Now;
        var previous = current.Telegram;
        var message = state.BotMessage(current.ChatId, current.MessageId, new DateTimeOffset(previous.Date, TimeSpan.Zero));
        message.Text = previous.Text is null ? null : text;
        message.Caption = previous.Caption;
        message.Document = previous.Document;
        message.Photo = previous.Photo;
        message.ReplyMarkup = markup;
        message.EditDate = now.UtcDateTime;
        state.Recorder.Record(current with
        {
            Method = method,
            Text = text,
            ParseMode = parseMode,
            Keyboard = FakeTelegramState.Buttons(markup),
            At = now,
            Telegram = message,
            ReplyMarkupJson = request.Json("reply_markup"),
        });
        return ApiResult.Ok(message);
    }
}
