using System.ComponentModel.DataAnnotations;

namespace PortfolioBot.Core.Evidence;

public sealed class EvidenceOptions
{
    public const string SectionName = "Evidence";

    /// <summary>Largest file the store accepts, in bytes (default 50 MB).</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024, ErrorMessage = "Evidence:MaxFileBytes must be between 1 KB and 2 GB.")]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
}
