using PortfolioBot.Core.Audit;

namespace PortfolioBot.Core.Entries;

/// <summary>
/// A change an entry made to itself. The DbContext turns each into an audit record, and reviews into an
/// outbox notification, in the same SaveChanges transaction as the change.
/// </summary>
public sealed record EntryEvent(string Action, Actor Actor, EntryStatus? From, EntryStatus? To, string? Comment, DateTime AtUtc, int Revision);
