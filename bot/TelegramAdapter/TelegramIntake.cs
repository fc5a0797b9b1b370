using System.Text.Json;
using Microsoft.Extensions.Logging;
using PortfolioBot.Bot.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PortfolioBot.Bot.TelegramAdapter;

/// <summary>
/// Hands Telegram updates to the conversation side: into the inbox first (one transaction per batch), then onto
/// their chats' queues. Shared by long polling and the webhook, and replays what a stopped host left unhandled.
/// </summary>
internal sealed class TelegramIntake(ChatInbox inbox, UpdateDispatcher dispatcher, ILogger<TelegramIntake> logger)
{
    private const string Channel = TelegramChannel.ChannelName;

    /// <summary>Stores the batch; once this returns, Telegram may be told the batch arrived. Handling goes on in the background.</summary>
    public async Task AcceptAsync(IReadOnlyList<Update> updates, CancellationToken ct)
    {
        var incoming = updates.Select(u => new IncomingUpdate(Id(u), UpdateMapper.ChatIdOf(u) ?? "?", JsonSerializer.Serialize(u, JsonBotAPI.Options))).ToList();
        var accepted = await inbox.AcceptAsync(Channel, incoming, ct);
        var byId = accepted.ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        foreach (var update in updates)
        {
            var id = Id(update);
            if (!byId.Remove(id, out var row))
            {
                logger.LogInformation("Skipping {Channel} event {EventId}: already received", Channel, id);
                dispatcher.Skipped(Channel, id);
                continue;
            }
            await dispatcher.WaitForRoomAsync(ct);
            dispatcher.Enqueue(Channel, row, () => UpdateMapper.Map(update));
        }
    }

    /// <summary>Queues the updates a previous run stored but did not get to (a crash, a deploy mid-conversation).</summary>
    public async Task ReplayAsync(CancellationToken ct)
    {
        var waiting = await inbox.UnhandledAsync(Channel, ct);
        if (waiting.Count > 0) logger.LogInformation("Handling {Count} updates received before the last stop", waiting.Count);
        foreach (var (row, payload) in waiting)
        {
            await dispatcher.WaitForRoomAsync(ct);
            dispatcher.Enqueue(Channel, row, () => JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options) is { } u ? UpdateMapper.Map(u) : null);
        }
    }

    private static string Id(Update update) => UpdateMapper.EventId(update);
}
