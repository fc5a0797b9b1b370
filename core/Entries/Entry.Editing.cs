using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Search;

namespace PortfolioBot.Core.Entries;

public partial class Entry
{
    public const int MaxEvidenceFiles = 20;

    /// <summary>The next version of a final entry: a draft with the same fields and evidence.</summary>
    private Entry(Entry previous, Actor actor, DateTime utcNow)
    {
        Kind = previous.Kind;
        TeacherId = previous.TeacherId;
        SchoolId = previous.SchoolId;
        KindCode = previous.KindCode;
        Title = previous.Title;
        Date = previous.Date;
        Description = previous.Description;
        Issuer = previous.Issuer;
        Level = previous.Level;
        Result = previous.Result;
        Place = previous.Place;
        PupilCount = previous.PupilCount;
        PupilNames = previous.PupilNames;
        Hours = previous.Hours;
        Link = previous.Link;
        DocumentType = previous.DocumentType;
        IsStarred = previous.IsStarred;
        SearchKey = previous.SearchKey;
        Version = previous.Version + 1;
        PreviousVersion = previous;
        PreviousVersionId = previous.Id;
        IsCurrent = true;
        CreatedAt = UpdatedAt = utcNow;
        foreach (var file in previous._evidence) _evidence.Add(file.CopyFor(utcNow));
        Raise("created", actor, null, EntryStatus.Draft, $"version {Version}", utcNow);
    }

    public EntryDetails Details => new(Title, Date)
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

    /// <summary>Changes the fields of a draft or returned entry.</summary>
    public void Update(EntryDetails details, Actor actor, DateOnly today, DateTime utcNow)
    {
        Require(Status.IsEditable(), "edit");
        Apply(details, today);
        Touch(utcNow);
        Raise("edited", actor, Status, Status, null, utcNow);
    }

    public EvidenceFile AttachEvidence(StoredBlob blob, string originalName, string source, Actor actor, DateTime utcNow)
    {
        Require(Status.IsEditable(), "attach files to");
        if (_evidence.Count >= MaxEvidenceFiles)
            throw new EntryRuleException(EntryRule.TooManyFiles, $"An entry holds at most {MaxEvidenceFiles} files.");
        var file = new EvidenceFile(blob, originalName, source, utcNow);
        _evidence.Add(file);
        Touch(utcNow);
        Raise("file-added", actor, Status, Status, file.OriginalName, utcNow);
        return file;
    }

    public void RemoveEvidence(int evidenceFileId, Actor actor, DateTime utcNow)
    {
        Require(Status.IsEditable(), "remove files from");
        var file = _evidence.FirstOrDefault(f => f.Id == evidenceFileId)
            ?? throw new EntryRuleException(EntryRule.IllegalTransition, "No such file on this entry.");
        _evidence.Remove(file);
        Touch(utcNow);
        Raise("file-removed", actor, Status, Status, file.OriginalName, utcNow);
    }

    /// <summary>Checks the details against the kind and the date rules; throws <see cref="EntryRuleException"/>.</summary>
    public static void Validate(ItemKind kind, EntryDetails details, DateOnly today)
    {
        var title = details.Title?.Trim();
        if (string.IsNullOrEmpty(title)) throw new EntryRuleException(EntryRule.TitleRequired, "A title is required.");
        if (title.Length > EntryDetails.MaxTitleLength) throw new EntryRuleException(EntryRule.TitleTooLong, $"A title is at most {EntryDetails.MaxTitleLength} characters.");
        if (details.Description?.Length > EntryDetails.MaxDescriptionLength)
            throw new EntryRuleException(EntryRule.DescriptionTooLong, $"A description is at most {EntryDetails.MaxDescriptionLength} characters.");
        if (details.Issuer?.Length > EntryDetails.MaxShortTextLength || details.Link?.Length > EntryDetails.MaxShortTextLength
            || details.PupilNames?.Length > EntryDetails.MaxPupilNamesLength)
            throw new EntryRuleException(EntryRule.TextTooLong, "A field is longer than allowed.");

        switch (PortfolioDate.Check(details.Date, today))
        {
            case DateProblem.InFuture: throw new EntryRuleException(EntryRule.DateInFuture, "The date cannot be after today.");
            case DateProblem.TooOld: throw new EntryRuleException(EntryRule.DateTooOld, "The date cannot be before 1950.");
        }

        CheckField(kind, KindField.Issuer, !string.IsNullOrWhiteSpace(details.Issuer));
        CheckField(kind, KindField.Level, details.Level is not null);
        CheckField(kind, KindField.Result, details.Result is not null);
        CheckField(kind, KindField.Pupils, details.PupilCount is not null || !string.IsNullOrWhiteSpace(details.PupilNames));
        CheckField(kind, KindField.Hours, details.Hours is not null);
        CheckField(kind, KindField.Link, !string.IsNullOrWhiteSpace(details.Link));
        CheckField(kind, KindField.DocumentType, details.DocumentType is not null);
        CheckField(kind, KindField.Description, !string.IsNullOrWhiteSpace(details.Description));

        if (details.Result == ResultKind.PrizeWinner ? details.Place is not (>= 1 and <= 3) : details.Place is not null)
            throw new EntryRuleException(EntryRule.PlaceOutOfRange, "A prize-winner has a place from 1 to 3; other results have none.");
        if (details.PupilCount is < 1 or > 10000) throw new EntryRuleException(EntryRule.PupilCountOutOfRange, "The number of pupils must be between 1 and 10000.");
        if (details.Hours is <= 0 or > 5000) throw new EntryRuleException(EntryRule.HoursOutOfRange, "Hours must be between 1 and 5000.");
        if (details.Link is { Length: > 0 } link && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new EntryRuleException(EntryRule.LinkInvalid, "A link must start with http:// or https://.");
    }

    private static void CheckField(ItemKind kind, KindField field, bool present)
    {
        if (present && !kind.AsksFor(field))
            throw new EntryRuleException(EntryRule.FieldNotAsked, $"The kind '{kind.Code}' does not ask for {field}.");
        if (!present && kind.IsRequired(field))
            throw new EntryRuleException(EntryRule.FieldRequired, $"The kind '{kind.Code}' requires {field}.");
    }

    private void Apply(EntryDetails details, DateOnly today)
    {
        Validate(Kind, details, today);
        Title = details.Title.Trim();
        Date = details.Date;
        Description = Clean(details.Description);
        Issuer = Clean(details.Issuer);
        Level = details.Level;
        Result = details.Result;
        Place = details.Place;
        PupilCount = details.PupilCount;
        PupilNames = Clean(details.PupilNames);
        Hours = details.Hours;
        Link = Clean(details.Link);
        DocumentType = details.DocumentType;
        SearchKey = SearchText.Normalize($"{Title} {Description} {Issuer} {PupilNames}");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
