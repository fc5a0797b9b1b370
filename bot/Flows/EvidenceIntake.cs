using System.IO.Pipelines;
using Microsoft.Extensions.Logging;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Core.Evidence;

namespace PortfolioBot.Bot.Flows;

public enum IntakeProblem
{
    None,
    TooLarge,
    Refused,
    Failed,
}

/// <summary>
/// Streams an incoming file from the channel straight into the evidence store through a pipe, so a 20 MB
/// video never sits in memory. The store hashes, sniffs and refuses by content; a refusal keeps nothing.
/// </summary>
public sealed class EvidenceIntake(IChatChannel channel, EvidenceStore store, ILogger<EvidenceIntake> logger)
{
    public long LimitBytes => Math.Min(channel.MaxDownloadBytes, store.MaxFileBytes);

    public async Task<(PendingFile? File, IntakeProblem Problem)> ReceiveAsync(IncomingFile file, CancellationToken ct)
    {
        if (file.Size > LimitBytes) return (null, IntakeProblem.TooLarge);

        var pipe = new Pipe();
        var download = Task.Run(async () =>
        {
            try
            {
                await using (var writer = pipe.Writer.AsStream(leaveOpen: true)) await channel.DownloadAsync(file, writer, ct);
                await pipe.Writer.CompleteAsync();
            }
            catch (Exception ex)
            {
                await pipe.Writer.CompleteAsync(ex);
                throw;
            }
        }, ct);

        try
        {
            StoredBlob blob;
            await using (var reader = pipe.Reader.AsStream(leaveOpen: true)) blob = await store.SaveAsync(reader, ct);
            await download;
            var name = file.Name ?? $"file.{blob.Extension}";
            return (new PendingFile(blob.Sha256, blob.Size, blob.ContentType, blob.Extension, name, $"{channel.Name}:{file.UniqueId}"), IntakeProblem.None);
        }
        catch (EvidenceRejectedException ex)
        {
            logger.LogInformation("Evidence {Name} refused: {Problem}", file.Name, ex.Problem);
            return (null, ex.Problem == EvidenceProblem.TooLarge ? IntakeProblem.TooLarge : IntakeProblem.Refused);
        }
        catch (IncomingFileTooLargeException)
        {
            return (null, IntakeProblem.TooLarge);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Downloading evidence {Name} failed", file.Name);
            return (null, IntakeProblem.Failed);
        }
        finally
        {
            await pipe.Reader.CompleteAsync();
            try
            {
                await download;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Already reported above (or the store stopped reading on purpose).
            }
        }
    }
}
