namespace PortfolioBot.Core.Catalogue;

/// <summary>Fields an item kind can ask for. Title and date are asked by every kind.</summary>
[Flags]
public enum KindField
{
    None = 0,
    Title = 1,
    Date = 2,
    Description = 4,
    Issuer = 8,
    Level = 16,
    Result = 32,
    Pupils = 64,
    Hours = 128,
    Link = 256,
    DocumentType = 512,
}

/// <summary>Competition or event level, from the glossary.</summary>
public enum Level
{
    School = 1,
    District = 2,
    Regional = 3,
    National = 4,
    International = 5,
}

/// <summary>Result of a participation: a prize-winner also has a place (1–3).</summary>
public enum ResultKind
{
    Participant = 1,
    PrizeWinner = 2,
    Winner = 3,
}

/// <summary>
/// The kind of document that evidences an entry. The regulation exempts documents that carry their
/// issuer's seal (diplomas, certificates, honour certificates, copies of publications) from confirmation.
/// </summary>
public enum DocumentType
{
    Diploma = 1,
    Certificate = 2,
    HonourCertificate = 3,
    LetterOfThanks = 4,
    PublicationCopy = 5,
    Other = 6,
}

public static class DocumentTypes
{
    public static bool IsExemptFromConfirmation(DocumentType type) =>
        type is DocumentType.Diploma or DocumentType.Certificate or DocumentType.HonourCertificate or DocumentType.PublicationCopy;
}
