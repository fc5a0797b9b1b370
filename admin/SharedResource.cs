namespace PortfolioBot.Admin;

/// <summary>Marker for the shared UI strings in Resources/SharedResource(.kk|.en).resx; Russian is the neutral language.</summary>
public sealed class SharedResource;
