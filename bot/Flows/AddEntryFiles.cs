using System.Globalization;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Texts;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Bot.Flows;

/// <summary>The evidence step: each file is streamed into the store and remembered; an album gets one running acknowledgement.</summary>
public sealed class AddEntryFiles(EvidenceIntake intake)
{
    public async Task ReceiveAsync(Conversation c, FilesReceived received, CancellationToken ct)
    {
        var d = c.Data;
        var accepted = 0;
        foreach (var file in received.Files)
        {
            var name = file.Name ?? "file";
            if (d.Files.Count + d.ExistingFileCount >= Entry.MaxEvidenceFiles)
            {
                await c.SayAsync(c.F(T.FileTooMany, Entry.MaxEvidenceFiles), ct);
                return;
            }
            var (pending, problem) = await intake.ReceiveAsync(file, ct);
            switch (problem)
            {
                case IntakeProblem.TooLarge:
                    await c.SayAsync(c.F(T.FileTooBig, name, Megabytes(file.Size ?? intake.LimitBytes + 1), Megabytes(intake.LimitBytes)), ct);
                    continue;
                case IntakeProblem.Refused:
                    await c.SayAsync(c.F(T.FileRefused, name), ct);
                    continue;
                case IntakeProblem.Failed:
                    await c.SayAsync(c.T(T.FileFailed), ct);
                    continue;
            }
            if (d.Files.All(f => f.Sha256 != pending!.Sha256)) d.Files.Add(pending!);
            accepted++;
        }
        if (accepted == 0) return;

        // Moving on (same step) renews the nonce; the acknowledgement carries the live Done button.
        var previousAck = c.State.ActiveMessageId;
        var albumContinues = received.GroupId is not null && received.GroupId == d.LastMediaGroup && previousAck is not null;
        d.LastMediaGroup = received.GroupId;
        c.MoveTo(FlowNames.AddEntry, AddEntrySteps.Files, d);
        var names = string.Join(", ", d.Files.Select(f => f.Name));
        var ack = new OutgoingMessage(c.F(T.FileAdded, names, (d.Files.Count + d.ExistingFileCount).ToString(CultureInfo.InvariantCulture)),
            [[c.Button(T.FilesDone, "done")], [c.Button(T.Back, "back"), c.Button(T.Cancel, "cancel")]]);
        c.State.ActiveMessageId = albumContinues
            ? await c.Channel.EditAsync(c.ChatId, previousAck!, ack, ct)
            : await c.SendAsync(ack, ct);
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
