namespace PortfolioBot.Core.Evidence;

/// <summary>Bytes in the content-addressed store: what they are is detected from them, not from a name.</summary>
public sealed record StoredBlob(string Sha256, long Size, string ContentType, string Extension);
