using System.Text.Json;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Bot.Conversations;

/// <summary>A file received during a flow: already in the evidence store, attached when the entry is saved.</summary>
public sealed record PendingFile(string Sha256, long Size, string ContentType, string Extension, string Name, string Source);

/// <summary>
/// What a flow remembers between messages, stored as JSON in <c>ConversationState.DataJson</c> so a host restart
/// resumes mid-flow. One shape for every flow keeps it simple; each flow uses its own fields.
/// </summary>
public sealed class FlowData
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public int? Section { get; set; }
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public DateOnly? Date { get; set; }
    public string? Description { get; set; }
    public string? Issuer { get; set; }
    public Level? Level { get; set; }
    public ResultKind? Result { get; set; }
    public int? Place { get; set; }
    public int? PupilCount { get; set; }
    public string? PupilNames { get; set; }
    public decimal? Hours { get; set; }
    public string? Link { get; set; }
    public DocumentType? DocumentType { get; set; }
    public List<PendingFile> Files { get; set; } = [];

    /// <summary>Set when editing an existing entry; <see cref="EntryRevision"/> detects changes made meanwhile.</summary>
    public int? EntryId { get; set; }
    public int? EntryRevision { get; set; }
    public int ExistingFileCount { get; set; }

    /// <summary>True once the summary card was shown: answering a field returns to it.</summary>
    public bool BackToSummary { get; set; }

    public string? LastMediaGroup { get; set; }

    /// <summary>Profile flow: which field is being edited.</summary>
    public string? ProfileField { get; set; }

    public static FlowData Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new FlowData() : JsonSerializer.Deserialize<FlowData>(json, Json) ?? new FlowData();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public EntryDetails ToDetails() => new(Title ?? string.Empty, Date ?? default)
    {
        Description = Description,
        Issuer = Issuer,
        Level = Level,
        Result = Result,
        Place = Place,
        PupilCount = PupilCount,
        PupilNames = PupilNames,
        Hours = Hours,
        Link = Link,
        DocumentType = DocumentType,
    };

    public static FlowData FromEntry(Entry entry) => new()
    {
        Section = entry.Section,
        Kind = entry.KindCode,
        Title = entry.Title,
        Date = entry.Date,
        Description = entry.Description,
        Issuer = entry.Issuer,
        Level = entry.Level,
        Result = entry.Result,
        Place = entry.Place,
        PupilCount = entry.PupilCount,
        PupilNames = entry.PupilNames,
        Hours = entry.Hours,
        Link = entry.Link,
        DocumentType = entry.DocumentType,
        EntryId = entry.Id,
        EntryRevision = entry.Revision,
        ExistingFileCount = entry.Evidence.Count,
        BackToSummary = true,
    };
}
