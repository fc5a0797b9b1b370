using System.Globalization;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Bot.Conversations;

/// <summary>
/// One incoming event with everything a flow needs to answer it: the chat, the linked teacher, the persisted
/// flow state and the user's language. Replies go through <see cref="IChatChannel"/> only.
/// </summary>
public sealed class Conversation(
    IChatChannel channel, PortfolioDbContext db, ChatEvent incoming, ChatAccount? account, ConversationState state, Teacher? teacher, DateTime utcNow, DateOnly today)
{
    private bool _answered;

    public IChatChannel Channel => channel;
    public PortfolioDbContext Db => db;
    public ChatEvent Event => incoming;
    public ChatAccount? Account => account;
    public ConversationState State => state;
    public Teacher? Teacher => teacher;
    public string ChatId => incoming.Origin.ChatId;
    public string Language { get; set; } = account?.Language ?? Languages.Normalize(incoming.Origin.LanguageCode);
    public FlowData Data { get; private set; } = FlowData.Parse(state.DataJson);
    public DateTime UtcNow => utcNow;

    /// <summary>Today in the school's time zone: the date rules are the school's.</summary>
    public DateOnly Today => today;

    public Teacher RequireTeacher => teacher ?? throw new InvalidOperationException("This flow needs a linked teacher.");
    public Actor Actor => Actor.Teacher(RequireTeacher.Id, RequireTeacher.FullName);

    public string T(LocalizedText text) => text.Get(Language);

    public string F(LocalizedText text, params object?[] args) => string.Format(CultureInfo.InvariantCulture, text.Get(Language), args);

    /// <summary>Moves the flow on; the nonce changes, so buttons shown before become stale.</summary>
    public void MoveTo(string flow, string step, FlowData? data = null)
    {
        Data = data ?? Data;
        state.MoveTo(flow, step, Data.ToJson(), utcNow);
    }

    /// <summary>Leaves any flow: back to the main menu with nothing remembered.</summary>
    public void Reset() => MoveTo(Flows.FlowNames.Menu, "start", new FlowData());

    public ChatButton Button(LocalizedText text, string action, string? arg = null) => new(T(text), CallbackData.Flow(state.Nonce, action, arg));

    public ChatButton Button(string text, string action, string? arg = null) => new(text, CallbackData.Flow(state.Nonce, action, arg));

    /// <summary>Shows a screen: edits the pressed message when answering a button, otherwise sends a new one.</summary>
    public async Task ShowAsync(OutgoingMessage message, CancellationToken ct)
    {
        await AnswerAsync(null, ct);
        // A notification's own text stays readable: its buttons open a new message instead of replacing it.
        state.ActiveMessageId = incoming is ButtonPressed { MessageId: { } pressed } press && !press.Data.StartsWith("n:", StringComparison.Ordinal)
            ? await channel.EditAsync(ChatId, pressed, message, ct)
            : await channel.SendAsync(ChatId, message, ct);
    }

    /// <summary>Sends a new message (a step prompt after a typed answer, an acknowledgement).</summary>
    public async Task<string> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        await AnswerAsync(null, ct);
        var id = await channel.SendAsync(ChatId, message, ct);
        if (message.Buttons.Count > 0) state.ActiveMessageId = id;
        return id;
    }

    public Task<string> SayAsync(string text, CancellationToken ct) => SendAsync(new OutgoingMessage(text), ct);

    /// <summary>A short notice: a popup for a button press, a message otherwise.</summary>
    public async Task NoticeAsync(string text, CancellationToken ct, bool alert = true)
    {
        if (incoming is ButtonPressed && !_answered) await AnswerAsync(text, ct, alert);
        else await SayAsync(text, ct);
    }

    /// <summary>Every button press is answered exactly once, so the client stops its spinner.</summary>
    public async Task AnswerAsync(string? notice, CancellationToken ct, bool alert = false)
    {
        if (_answered || incoming is not ButtonPressed press) return;
        _answered = true;
        try
        {
            await channel.AnswerButtonAsync(press.PressId, notice, alert, ct);
        }
        catch (ChatDeliveryException)
        {
            // Logged by the channel; an expired press must not stop the reply itself.
        }
    }
}
