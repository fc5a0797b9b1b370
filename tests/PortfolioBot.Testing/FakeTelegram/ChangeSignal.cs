namespace PortfolioBot.Testing.FakeTelegram;

/// <summary>
/// A "something changed" broadcast. The owner calls <see cref="Notify"/> and reads <see cref="Current"/>
/// while holding its own lock, so a waiter that checked its condition under that lock and then awaits
/// <see cref="Current"/> can never miss a change (no polling, no sleeps).
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>. Read it under the owner's lock.</summary>
    public Task Current => _next.Task;

    /// <summary>Wakes every current waiter. Call it under the owner's lock.</summary>
    public void Notify()
    {
        var previous = _next;
        _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    /// <summary>
    /// Waits until <paramref name="probe"/> (evaluated under <paramref name="gate"/>) returns a value,
    /// or throws <see cref="TimeoutException"/> with <paramref name="describe"/>'s text.
    /// </summary>
    public async Task<T> WaitForAsync<T>(
        Lock gate, Func<T?> probe, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken)
        where T : class
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (probe() is { } found)
                {
                    return found;
                }

                changed = Current;
            }

            var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.###} s waiting for {describe()}");
            }

            try
            {
                await changed.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Loop once more: the probe decides, then the deadline check throws the descriptive error.
            }
        }
    }
}
