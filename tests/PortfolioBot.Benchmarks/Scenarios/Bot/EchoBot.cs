using Telegram.Bot;
using Telegram.Bot.Types;

namespace PortfolioBot.Benchmarks.Scenarios.Bot;

/// <summary>
/// The baseline: the same Telegram.Bot client long-polling the same kind of fake server, answering every
/// message with its text and nothing else (no database, no state). Batches are confirmed after they are
/// answered, like ours.
/// </summary>
public sealed class EchoBot : IAsyncDisposable
{
    private readonly TelegramBotClient _bot;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public EchoBot(TelegramBotClient bot)
    {
        _bot = bot;
        _loop = Task.Run(PollAsync);
    }

    private async Task PollAsync()
    {
        int? offset = null;
        while (!_stop.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await _bot.GetUpdates(offset, 100, 25, cancellationToken: _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await Task.WhenAll(updates.Where(u => u.Message is not null)
                .Select(u => _bot.SendMessage(u.Message!.Chat.Id, u.Message.Text ?? "echo", cancellationToken: _stop.Token)));
            if (updates.Length > 0) offset = updates.Max(u => u.Id) + 1;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
