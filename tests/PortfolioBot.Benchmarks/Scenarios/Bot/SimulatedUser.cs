using System.Collections.Concurrent;
using System.Text;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Benchmarks.Scenarios.Bot;

/// <summary>Latencies of every update of a level, and how many got no message back (only a callback answer).</summary>
public sealed class StepLog
{
    public ConcurrentBag<double> Latencies { get; } = [];
    private int _silent;
    public int Silent => _silent;

    public void Add((double LatencyMs, bool Replied) step)
    {
        Latencies.Add(step.LatencyMs);
        if (!step.Replied) Interlocked.Increment(ref _silent);
    }
}

/// <summary>A teacher on a phone, in Russian: text, buttons and a small PDF, each step waiting for the bot.</summary>
/// <param name="think">Mean pause before each step (0.5–1.5 × this); zero for a closed loop that answers at once.</param>
public sealed class SimulatedTeacher(FakeTelegramServer tg, ChatWatcher watcher, FakeUser user, StepLog log, TimeSpan think = default)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% benchmark certificate\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private ChatView View => watcher.Chat(user.Id);

    public Task JoinAsync(string code) => SayAsync("/start " + code, record: false);

    /// <summary>The full add-entry conversation, ending with the draft saved (about a dozen updates).</summary>
    public async Task AddEntryAsync(int n)
    {
        await SayAsync("/add");
        await PressAsync("3. ");
        await PressAsync("Авторские программы");
        await SayAsync($"Программа кружка робототехники №{n}");
        await SayAsync("01.10.2025");
        for (var i = 0; i < 12; i++)
        {
            var last = View.Last ?? throw new InvalidOperationException("The bot sent nothing.");
            if (last.Buttons.Any(b => b.Text.Contains("Готово", StringComparison.Ordinal))) break;
            if (last.Buttons.Any(b => b.Text.StartsWith('⏭'))) await PressAsync("⏭");
            else if (last.Text?.Contains("Учащиеся", StringComparison.Ordinal) == true) await SayAsync("25");
            else throw new InvalidOperationException($"Unexpected step: {last}");
        }
        await StepAsync(() => tg.SendDocument(user.Id, "certificate.pdf", Pdf, "application/pdf"));
        await PressAsync("Готово");
        await PressAsync("Сохранить черновик");
        var said = string.Join("\n---\n", View.Recent(3).Select(m => m.Text));
        if (!said.Contains("Черновик сохранён", StringComparison.Ordinal))
            throw new InvalidOperationException($"The draft was not saved; the bot said: {said}");
    }

    private Task SayAsync(string text, bool record = true) => StepAsync(() => tg.SendText(user, text), record);

    private Task PressAsync(string button) => StepAsync(() => tg.PressButton(View.WithButton(button), button, user));

    private async Task StepAsync(Func<Telegram.Bot.Types.Update> act, bool record = true)
    {
        if (think > TimeSpan.Zero) await Task.Delay(think * (0.5 + Random.Shared.NextDouble()));
        var step = await watcher.StepAsync(user.Id, act, StepTimeout);
        if (record) log.Add(step);
    }
}
