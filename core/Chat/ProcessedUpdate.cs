namespace PortfolioBot.Core.Chat;

/// <summary>Marks an incoming update as handled so a redelivered one is handled once.</summary>
public class ProcessedUpdate
{
    private ProcessedUpdate() { Channel = null!; UpdateId = null!; }

    public ProcessedUpdate(string channel, string updateId, DateTime utcNow)
    {
        Channel = channel;
        UpdateId = updateId;
        ProcessedAt = utcNow;
    }

    public string Channel { get; private set; }
    public string UpdateId { get; private set; }
    public DateTime ProcessedAt { get; private set; }
}
