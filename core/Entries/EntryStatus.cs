namespace PortfolioBot.Core.Entries;

/// <summary>
/// Draft → Submitted → Confirmed | Returned → (edited) → Submitted again.
/// Kinds that need no confirmation go from Draft straight to Recorded.
/// </summary>
public enum EntryStatus
{
    Draft = 0,
    Submitted = 1,
    Confirmed = 2,
    Returned = 3,
    Recorded = 4,
}

public static class EntryStatuses
{
    /// <summary>Final states: the entry is locked, and a change makes a new version.</summary>
    public static bool IsFinal(this EntryStatus status) => status is EntryStatus.Confirmed or EntryStatus.Recorded;

    public static bool IsEditable(this EntryStatus status) => status is EntryStatus.Draft or EntryStatus.Returned;
}
