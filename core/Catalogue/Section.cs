namespace PortfolioBot.Core.Catalogue;

/// <summary>One of the regulation's four portfolio sections (4.1–4.4).</summary>
public sealed record Section(int Number, LocalizedText Name);
