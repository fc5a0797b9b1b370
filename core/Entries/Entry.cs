using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Search;

namespace PortfolioBot.Core.Entries;

/// <summary>A dated portfolio material of one teacher and one item kind, with its evidence and review state.</summary>
public partial class Entry
{
    private readonly List<EvidenceFile> _evidence = [];
    private readonly List<EntryEvent> _events = [];

    private Entry() { KindCode = null!; Title = null!; SearchKey = null!; }

    public Entry(int teacherId, int schoolId, string kindCode, EntryDetails details, Actor actor, DateOnly today, DateTime utcNow)
    {
        Kind = PortfolioCatalogue.Find(kindCode) ?? throw new ArgumentException($"Unknown item kind '{kindCode}'.", nameof(kindCode));
        TeacherId = teacherId;
        SchoolId = schoolId;
        KindCode = kindCode;
        Title = null!;
        SearchKey = null!;
        Version = 1;
        IsCurrent = true;
        CreatedAt = utcNow;
        Apply(details, today);
        UpdatedAt = utcNow;
        Raise("created", actor, null, EntryStatus.Draft, null, utcNow);
    }

    public int Id { get; private set; }
    public int TeacherId { get; private set; }

    /// <summary>Copied from the teacher so every query can scope by school without a join.</summary>
    public int SchoolId { get; private set; }

    public string KindCode { get; private set; }
    public int Section => Kind.Section;
    public EntryStatus Status { get; private set; }

    public string Title { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Description { get; private set; }
    public string? Issuer { get; private set; }
    public Level? Level { get; private set; }
    public ResultKind? Result { get; private set; }
    public int? Place { get; private set; }
    public int? PupilCount { get; private set; }
    public string? PupilNames { get; private set; }
    public decimal? Hours { get; private set; }
    public string? Link { get; private set; }
    public DocumentType? DocumentType { get; private set; }

    /// <summary>The teacher's priority mark: starred entries come first everywhere.</summary>
    public bool IsStarred { get; private set; }

    public string SearchKey { get; private set; }

    /// <summary>1 for the first version; editing a confirmed entry makes version n+1.</summary>
    public int Version { get; private set; }
    public int? PreviousVersionId { get; private set; }
    public Entry? PreviousVersion { get; private set; }

    /// <summary>False once a newer version replaces this one in lists; the old one stays in the history.</summary>
    public bool IsCurrent { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public int? ReviewedByStaffId { get; private set; }
    public string? ReviewedByName { get; private set; }
    public string? ReviewComment { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTime? DeletedAt { get; private set; }

    /// <summary>Incremented by every change; the optimistic concurrency token (and the stale-button check).</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<EvidenceFile> Evidence => _evidence;

    internal IReadOnlyList<EntryEvent> Events => _events;

    internal void ClearEvents() => _events.Clear();

    public ItemKind Kind
    {
        get => field ??= PortfolioCatalogue.Get(KindCode);
        private set;
    }
}
