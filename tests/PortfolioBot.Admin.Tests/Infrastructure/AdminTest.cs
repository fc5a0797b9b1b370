namespace PortfolioBot.Admin.Tests.Infrastructure;

/// <summary>A test class with its own admin host on a fresh data folder, disposed after each test.</summary>
public abstract class AdminTest : IAsyncLifetime
{
    protected AdminTest(bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null) => App = new AdminAppFactory(kestrel, settings: settings);

    protected AdminAppFactory App { get; }

    protected Seed Seed => App.Seed;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}
