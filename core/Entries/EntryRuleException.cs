namespace PortfolioBot.Core.Entries;

/// <summary>What went wrong, as a code the channels translate for the user.</summary>
public enum EntryRule
{
    IllegalTransition,
    TitleRequired,
    TitleTooLong,
    DescriptionTooLong,
    TextTooLong,
    DateInFuture,
    DateTooOld,
    FieldRequired,
    FieldNotAsked,
    PlaceOutOfRange,
    PupilCountOutOfRange,
    HoursOutOfRange,
    LinkInvalid,
    CommentRequired,
    NotCurrentVersion,

    /// <summary>The entry already holds <see cref="Entry.MaxEvidenceFiles"/> files.</summary>
    TooManyFiles,
}

/// <summary>Thrown when an entry refuses a change that the rules do not allow.</summary>
public sealed class EntryRuleException(EntryRule rule, string message) : InvalidOperationException(message)
{
    public EntryRule Rule { get; } = rule;
}
