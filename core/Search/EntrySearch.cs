using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Search;

/// <summary>
/// Text search over entries: a substring of an entry's folded SearchKey, or of its teacher's name. The one place
/// that knows how the database finds text, so another provider (PostgreSQL's pg_trgm) only differs here.
/// </summary>
/// <remarks>
/// SQLite: the EntrySearch FTS5 table (trigram tokenizer, external content over Entries.SearchKey, kept in step
/// by triggers; migration EntrySearchIndex) finds a substring of 3 characters or more without reading every
/// entry. A trigram index cannot answer 1–2 characters, so those keep LIKE: the same substring results, at the
/// cost of a scan bounded by the other filters. Teachers (thousands, not millions) are matched with LIKE.
/// Within one school LIKE is used too: its cost is bounded by that school's entries (20 ms a command for 20,000),
/// while the index's grows with the word's matches in every school (5 ms for rare words, 30–50 ms for a word in
/// one entry of 15 of a million; measured for issue 6). SQLite cannot tell these apart, so the caller says.
/// </remarks>
public static class EntrySearch
{
    /// <summary>The shortest query the trigram index answers; shorter ones are scanned with LIKE.</summary>
    public const int MinIndexedLength = 3;

    /// <param name="withinOneSchool">The other filters keep one school's entries: scan them rather than use the index.</param>
    /// <param name="waitingOnly">
    /// The other filters keep only entries waiting for review (the queue's default): the much smaller WaitingSearch
    /// index answers, so a word common in the whole portfolio but rare in the queue costs what the queue holds.
    /// </param>
    public static IQueryable<Entry> WhereTextMatches(this IQueryable<Entry> entries, PortfolioDbContext db, IQueryable<Teacher> teachers, string? query,
        bool withinOneSchool = false, bool waitingOnly = false)
    {
        var folded = SearchText.Normalize(query);
        if (folded.Length == 0) return entries;
        var pattern = SearchText.LikePattern(folded);
        var byName = teachers.Where(t => EF.Functions.Like(t.SearchKey, pattern, "\\")).Select(t => t.Id);
        if (withinOneSchool || !UsesIndex(folded))
            return entries.Where(e => EF.Functions.Like(e.SearchKey, pattern, "\\") || byName.Contains(e.TeacherId));
        // One id list rather than "in the index OR by a matching teacher": with an OR SQLite reads every entry
        // row in scope for its TeacherId; a single "Id IN (...)" is checked from the queue's indexes alone.
        var ids = (waitingOnly ? MatchingWaitingEntryIds(db, folded) : MatchingEntryIds(db, folded)).Concat(db.Entries.Where(e => byName.Contains(e.TeacherId)).Select(e => e.Id));
        return entries.Where(e => ids.Contains(e.Id));
    }

    /// <summary>Whether a folded query is long enough for the trigram index (it counts Unicode characters).</summary>
    public static bool UsesIndex(string folded) => folded.EnumerateRunes().Count() >= MinIndexedLength;

    /// <summary>
    /// Ids of entry rows (any version, deleted ones too: callers filter) whose SearchKey contains the folded text.
    /// The query is one quoted FTS5 phrase, so quotes, '*', '-', OR, NEAR and column filters are plain text.
    /// </summary>
    public static IQueryable<int> MatchingEntryIds(PortfolioDbContext db, string folded) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"EntrySearch\" WHERE \"EntrySearch\" MATCH {Phrase(folded)}");

    /// <summary>
    /// Ids of entries waiting for review (Status = Submitted) whose SearchKey contains the folded text: the
    /// WaitingSearch index (migration WaitingSearchIndex), kept by triggers to exactly the submitted rows.
    /// </summary>
    public static IQueryable<int> MatchingWaitingEntryIds(PortfolioDbContext db, string folded) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"WaitingSearch\" WHERE \"WaitingSearch\" MATCH {Phrase(folded)}");

    /// <summary>An FTS5 string: wrapped in double quotes, a double quote inside doubled.</summary>
    public static string Phrase(string folded) => "\"" + folded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
