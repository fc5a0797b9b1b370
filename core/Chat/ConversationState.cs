namespace PortfolioBot.Core.Chat;

/// <summary>
/// Where a chat is in a conversation flow, kept in the database so a restart resumes where the user was.
/// <see cref="Nonce"/> changes whenever the flow moves on, so buttons from older messages can be told apart.
/// </summary>
public class ConversationState
{
    private ConversationState() { Channel = null!; ChatId = null!; Flow = null!; Step = null!; DataJson = null!; }

    public ConversationState(string channel, string chatId, DateTime utcNow)
    {
        Channel = channel;
        ChatId = chatId;
        Flow = "menu";
        Step = "start";
        DataJson = "{}";
        UpdatedAt = utcNow;
    }

    public int Id { get; private set; }
    public string Channel { get; private set; }
    public string ChatId { get; private set; }
    public string Flow { get; private set; }
    public string Step { get; private set; }
    public string DataJson { get; private set; }
    public int Nonce { get; private set; }

    /// <summary>The message that carries the flow's current buttons, so it can be edited in place.</summary>
    public string? ActiveMessageId { get; set; }

    public DateTime UpdatedAt { get; private set; }

    public void MoveTo(string flow, string step, string dataJson, DateTime utcNow)
    {
        Flow = flow;
        Step = step;
        DataJson = dataJson;
        Nonce++;
        UpdatedAt = utcNow;
    }
}
