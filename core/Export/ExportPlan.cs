using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Export;

/// <summary>One evidence file and where it goes in the ZIP; <see cref="Missing"/> when the bytes are gone from the store.</summary>
public sealed record ExportFile(EvidenceFile File, string ZipPath, bool Missing);

public sealed record ExportItem(Entry Entry, IReadOnlyList<ExportFile> Files);

/// <summary>
/// Everything an export will contain, decided before the first byte is written, so a bad request can still be
/// answered with an error and the index and the files agree on every name.
/// </summary>
public sealed record ExportPlan(
    Teacher Teacher,
    string SchoolName,
    string SchoolTimeZone,
    ExportPurpose Purpose,
    string Language,
    DateOnly Today,
    DateOnly? From,
    DateOnly? To,
    DateTime GeneratedAtUtc,
    IReadOnlyList<ExportItem> Items)
{
    /// <summary>A download name such as "Портфолио Серикова Аттестация 2025-10-15.zip".</summary>
    public string ArchiveName =>
        ExportNames.Clean($"{ExportTexts.Portfolio.Get(Language)} {Teacher.FullName} {ExportPurposes.Name(Purpose).Get(Language)} {Today:yyyy-MM-dd}", 150) + ".zip";

    public long TotalBytes => Items.Sum(i => i.Files.Where(f => !f.Missing).Sum(f => f.File.Size));
}
