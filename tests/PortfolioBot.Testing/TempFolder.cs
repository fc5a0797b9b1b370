namespace PortfolioBot.Testing;

/// <summary>A folder under the system temp directory, removed on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "portfoliobot")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a test host; the OS cleans temp eventually.
        }
    }
}
