namespace PortfolioBot.Bot.Flows;

/// <summary>Names stored in ConversationState.Flow; changing one strands chats that are mid-flow.</summary>
public static class FlowNames
{
    public const string Menu = "menu";
    public const string AddEntry = "add";
    public const string Profile = "profile";
}
