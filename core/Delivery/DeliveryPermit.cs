namespace PortfolioBot.Core.Delivery;

/// <summary>
/// One place in <see cref="DeliveryLimiter"/>'s windows, held by a send. Call <see cref="Completed"/> when the send
/// finished, whatever its outcome (the place stays taken for one window from then); disposing a permit that was
/// never completed means nothing was sent, and the place goes back at once.
/// </summary>
public sealed class DeliveryPermit : IDisposable
{
    private readonly DeliveryLimiter _limiter;
    private readonly string _recipient;
    private int _released;

    internal DeliveryPermit(DeliveryLimiter limiter, string recipient)
    {
        _limiter = limiter;
        _recipient = recipient;
    }

    /// <summary>The send's response arrived (or it failed, or timed out): its window starts now.</summary>
    public void Completed()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) _limiter.Release(_recipient, sent: true);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) _limiter.Release(_recipient, sent: false);
    }
}
