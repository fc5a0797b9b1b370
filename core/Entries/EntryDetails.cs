using PortfolioBot.Core.Catalogue;

namespace PortfolioBot.Core.Entries;

/// <summary>What the teacher fills in for an entry; which fields apply depends on the item kind.</summary>
public sealed record EntryDetails(string Title, DateOnly Date)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxShortTextLength = 300;
    public const int MaxPupilNamesLength = 2000;

    public string? Description { get; init; }
    public string? Issuer { get; init; }
    public Level? Level { get; init; }
    public ResultKind? Result { get; init; }
    public int? Place { get; init; }
    public int? PupilCount { get; init; }
    public string? PupilNames { get; init; }
    public decimal? Hours { get; init; }
    public string? Link { get; init; }
    public DocumentType? DocumentType { get; init; }
}
