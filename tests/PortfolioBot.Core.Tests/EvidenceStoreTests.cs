using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

public class EvidenceStoreTests
{
    private static List<string> StoredFiles(PortfolioFixture fixture) =>
        Directory.EnumerateFiles(fixture.Paths.EvidenceRoot, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.tmp{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();

    private static List<string> TempFiles(PortfolioFixture fixture)
    {
        var temp = Path.Combine(fixture.Paths.EvidenceRoot, ".tmp");
        return Directory.Exists(temp) ? Directory.EnumerateFiles(temp).ToList() : [];
    }

    [Fact]
    public async Task FileIsStoredUnderItsHashWithTypeFromItsBytes()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var store = fixture.Get<EvidenceStore>();

        var blob = await store.SaveAsync(new MemoryStream(Samples.Pdf));

        var sha = Convert.ToHexStringLower(SHA256.HashData(Samples.Pdf));
        Assert.Equal(new StoredBlob(sha, Samples.Pdf.Length, "application/pdf", "pdf"), blob);
        var path = Assert.Single(StoredFiles(fixture));
        Assert.Equal(Path.Combine(fixture.Paths.EvidenceRoot, sha[..2], sha[2..4], sha), path);
        await using var read = store.OpenRead(sha);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(Samples.Pdf, copy.ToArray());
        Assert.Empty(TempFiles(fixture));
    }

    [Fact]
    public async Task SameBytesAreStoredOnceForTwoEntries()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var first = await AddAsync(fixture, teacher);
        var second = await AddAsync(fixture, teacher);
        var store = fixture.Get<EvidenceStore>();
        var actor = PortfolioFixture.TeacherActor(teacher);

        await using (var db = fixture.NewDb())
        {
            (await LoadAsync(db, first.Id)).AttachEvidence(await store.SaveAsync(new MemoryStream(Samples.Jpeg)), "грамота.jpg", "telegram:AgAD1", actor, fixture.UtcNow);
            (await LoadAsync(db, second.Id)).AttachEvidence(await store.SaveAsync(new MemoryStream(Samples.Jpeg)), "копия.jpg", "admin", actor, fixture.UtcNow);
            await db.SaveChangesAsync();
        }

        Assert.Single(StoredFiles(fixture));
        await using var check = fixture.NewDb();
        var rows = await check.EvidenceFiles.OrderBy(f => f.Id).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Single(rows.Select(r => r.Sha256).Distinct());
        Assert.Equal([(first.Id, "грамота.jpg", "telegram:AgAD1"), (second.Id, "копия.jpg", "admin")], rows.Select(r => (r.EntryId, r.OriginalName, r.Source)));
        Assert.All(rows, r => Assert.Equal(("image/jpeg", (long)Samples.Jpeg.Length), (r.ContentType, r.Size)));
    }

    [Fact]
    public async Task SimultaneousUploadsOfTheSameBytesKeepOneFile()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var store = fixture.Get<EvidenceStore>();

        var blobs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveAsync(new MemoryStream(Samples.Png)))));

        Assert.Single(blobs.Distinct());
        Assert.Single(StoredFiles(fixture));
        Assert.Empty(TempFiles(fixture));
    }

    [Fact]
    public async Task RefusedFileLeavesNothingBehind()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var store = fixture.Get<EvidenceStore>();

        var ex = await Assert.ThrowsAsync<EvidenceRejectedException>(() => store.SaveAsync(new MemoryStream(Samples.Html)));

        Assert.Equal(EvidenceProblem.ForbiddenType, ex.Problem);
        Assert.Empty(StoredFiles(fixture));
        Assert.Empty(TempFiles(fixture));
    }

    [Fact]
    public async Task EmptyFileIsRefused()
    {
        await using var fixture = await PortfolioFixture.StartAsync();

        var ex = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.Get<EvidenceStore>().SaveAsync(new MemoryStream()));

        Assert.Equal(EvidenceProblem.Empty, ex.Problem);
        Assert.Empty(TempFiles(fixture));
    }

    [Fact]
    public async Task FileOverTheLimitIsRefusedAndNothingIsLeft()
    {
        await using var fixture = await PortfolioFixture.StartAsync(settings: new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "2048" });
        var store = fixture.Get<EvidenceStore>();

        var ex = await Assert.ThrowsAsync<EvidenceRejectedException>(() => store.SaveAsync(new MemoryStream(Samples.Text(new string('ә', 1025)))));

        Assert.Equal(EvidenceProblem.TooLarge, ex.Problem);
        Assert.Contains("2 KB", ex.Message, StringComparison.Ordinal);
        Assert.Empty(StoredFiles(fixture));
        Assert.Empty(TempFiles(fixture));
    }

    [Fact]
    public async Task FileExactlyAtTheLimitIsAccepted()
    {
        await using var fixture = await PortfolioFixture.StartAsync(settings: new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "2048" });

        var blob = await fixture.Get<EvidenceStore>().SaveAsync(new MemoryStream(Samples.Text(new string('ә', 1024))));

        Assert.Equal(2048, blob.Size);
    }

    [Fact]
    public async Task CancelMidWriteLeavesNoFileAndNoRow()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var teacher = await fixture.AddTeacherAsync((await fixture.AddSchoolAsync()).Id);
        var entry = await AddAsync(fixture, teacher);
        using var cts = new CancellationTokenSource();
        var upload = new CancellingStream(Samples.Text(new string('қ', 200_000)), cancelAfterBytes: 100_000, cts);

        await using (var db = fixture.NewDb())
        {
            var loaded = await LoadAsync(db, entry.Id);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
                loaded.AttachEvidence(await fixture.Get<EvidenceStore>().SaveAsync(upload, cts.Token), "конспект.txt", "admin", PortfolioFixture.TeacherActor(teacher), fixture.UtcNow));
            await db.SaveChangesAsync();
        }

        Assert.True(upload.Position >= 100_000, "the upload was cancelled before it began");
        Assert.Empty(StoredFiles(fixture));
        Assert.Empty(TempFiles(fixture));
        await using var check = fixture.NewDb();
        Assert.Empty(await check.EvidenceFiles.ToListAsync());
    }

    [Fact]
    public async Task AbandonedUploadsOlderThanAnHourAreCleaned()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var temp = Directory.CreateDirectory(Path.Combine(fixture.Paths.EvidenceRoot, ".tmp")).FullName;
        var old = Path.Combine(temp, "old.part");
        var live = Path.Combine(temp, "live.part");
        await File.WriteAllTextAsync(old, "half");
        await File.WriteAllTextAsync(live, "half");
        File.SetLastWriteTimeUtc(old, fixture.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(live, fixture.UtcNow.AddMinutes(-5));

        var removed = fixture.Get<EvidenceStore>().CleanAbandonedUploads(fixture.UtcNow);

        Assert.Equal(1, removed);
        Assert.Equal([live], Directory.EnumerateFiles(temp));
    }

    [Theory]
    [InlineData("диплом.jpg", "pdf", "диплом.pdf")]
    [InlineData("../../etc/passwd", "txt", "passwd.txt")]
    [InlineData("C:\\Users\\Әсел\\грамота.PDF", "pdf", "грамота.pdf")]
    [InlineData("a\u0000b<c>:d*.docx", "docx", "abcd.docx")]
    [InlineData("   ", "png", "file.png")]
    public void StoredNameIsSafeAndCarriesTheDetectedExtension(string name, string extension, string expected)
    {
        Assert.Equal(expected, EvidenceFile.SafeName(name, extension));
    }

    [Fact]
    public async Task AttachedFileIsNamedAfterWhatItReallyIs()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var entry = Draft();

        var file = entry.AttachEvidence(await fixture.Get<EvidenceStore>().SaveAsync(new MemoryStream(Samples.Pdf)), "диплом.jpg", "admin", Teacher, Now);

        Assert.Equal(("диплом.pdf", "application/pdf"), (file.OriginalName, file.ContentType));
    }
}

/// <summary>An upload that is cancelled by its reader (a closed connection) after some bytes.</summary>
internal sealed class CancellingStream(byte[] content, int cancelAfterBytes, CancellationTokenSource cts) : MemoryStream(content)
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Position >= cancelAfterBytes) await cts.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return await base.ReadAsync(buffer[..Math.Min(buffer.Length, 16 * 1024)], cancellationToken);
    }
}
