using System.ComponentModel.DataAnnotations;

namespace PortfolioBot.Core.Data;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Folder for the database and evidence files; relative paths are under the content root.</summary>
    [Required(ErrorMessage = "Storage:DataDirectory is required.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Database provider. Only "Sqlite" today; PostgreSQL is planned for districts.</summary>
    [RegularExpression("^(?i:sqlite)$", ErrorMessage = "Storage:Provider must be 'Sqlite' (PostgreSQL is not supported yet).")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Optional full connection string; by default the database is DataDirectory/portfoliobot.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a writer waits for a busy SQLite database, in milliseconds.</summary>
    [Range(100, 60000, ErrorMessage = "Storage:BusyTimeoutMs must be between 100 and 60000.")]
    public int BusyTimeoutMs { get; set; } = 5000;
}
