using System.IO.Compression;
using System.Text;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

public sealed class ContentSnifferTests : IDisposable
{
    private readonly TempFolder _folder = new("sniffer");

    public void Dispose() => _folder.Dispose();

    private (string ContentType, string Extension) Detect(byte[] bytes, string name = "upload.bin")
    {
        var path = Path.Combine(_folder.Path, $"{Guid.NewGuid():N}-{name}");
        File.WriteAllBytes(path, bytes);
        return ContentSniffer.Detect(path);
    }

    private EvidenceProblem Refusal(byte[] bytes, string name = "upload.bin") =>
        Assert.Throws<EvidenceRejectedException>(() => Detect(bytes, name)).Problem;

    public static TheoryData<string, string, string> Accepted => new()
    {
        { nameof(Samples.Pdf), "application/pdf", "pdf" },
        { nameof(Samples.Png), "image/png", "png" },
        { nameof(Samples.Jpeg), "image/jpeg", "jpg" },
        { nameof(Samples.WebP), "image/webp", "webp" },
        { nameof(Samples.Mp4), "video/mp4", "mp4" },
        { nameof(Samples.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx" },
        { nameof(Samples.Xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx" },
        { nameof(Samples.Pptx), "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx" },
        { nameof(Samples.Odt), "application/vnd.oasis.opendocument.text", "odt" },
        { nameof(Samples.KazakhText), "text/plain", "txt" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptedTypeIsDetectedFromTheBytes(string sample, string contentType, string extension)
    {
        var bytes = (byte[])typeof(Samples).GetProperty(sample)!.GetValue(null)!;

        Assert.Equal((contentType, extension), Detect(bytes, "no-extension"));
    }

    [Theory]
    [InlineData("qt  ", "video/quicktime", "mov")]
    [InlineData("mp42", "video/mp4", "mp4")]
    [InlineData("heic", "image/heic", "heic")]
    [InlineData("mif1", "image/heic", "heic")]
    public void VideoAndPhoneFormatsAreDetectedByBrand(string brand, string contentType, string extension)
    {
        Assert.Equal((contentType, extension), Detect(Samples.IsoMedia(brand)));
    }

    [Theory]
    [InlineData("WordDocument", "application/msword", "doc")]
    [InlineData("Workbook", "application/vnd.ms-excel", "xls")]
    [InlineData("PowerPoint Document", "application/vnd.ms-powerpoint", "ppt")]
    public void LegacyOfficeIsDetectedByItsStreams(string stream, string contentType, string extension)
    {
        Assert.Equal((contentType, extension), Detect(Samples.Ole(stream)));
    }

    [Fact]
    public void TextWithByteOrderMarkIsText()
    {
        Assert.Equal(("text/plain", "txt"), Detect(Samples.Text("Сәлем, әлем!", bom: true)));
    }

    [Fact]
    public void LongKazakhTextCutMidCharacterByTheProbeIsStillText()
    {
        // "a" then two-byte letters: the 64 KB probe ends in the middle of one.
        Assert.Equal(("text/plain", "txt"), Detect(Samples.Text("a" + string.Concat(Enumerable.Repeat("әғқ", 20000)))));
    }

    [Fact]
    public void HtmlNamedPdfIsForbidden()
    {
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.Html, "diploma.pdf"));
    }

    [Fact]
    public void HtmlAfterWhitespaceIsForbidden()
    {
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.Text("\n\n   <html><body>hi</body></html>"), "notes.txt"));
    }

    [Fact]
    public void ScriptHiddenInTextIsForbidden()
    {
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.Text("Конспект сабағы\n<script src=//evil></script>"), "notes.txt"));
    }

    [Fact]
    public void SvgIsForbidden()
    {
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.Svg, "photo.png"));
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.Text("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "photo.png"));
    }

    [Fact]
    public void ExecutableNamedJpgIsForbidden()
    {
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.WindowsExe, "photo.jpg"));
    }

    [Fact]
    public void LinuxExecutableAndScriptAreForbidden()
    {
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.Elf, "report.pdf"));
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.ShellScript, "report.txt"));
    }

    [Fact]
    public void DocumentWithMacrosIsForbidden()
    {
        Assert.Equal(EvidenceProblem.ForbiddenType, Refusal(Samples.MacroDocx, "report.docx"));
    }

    [Fact]
    public void ZipThatIsNotOfficeIsRefused()
    {
        Assert.Equal(EvidenceProblem.UnknownType, Refusal(Samples.PlainZip, "report.docx"));
    }

    [Fact]
    public void DamagedZipIsRefused()
    {
        Assert.Equal(EvidenceProblem.UnknownType, Refusal([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8], "report.docx"));
    }

    [Fact]
    public void CompoundFileThatIsNotOfficeIsRefused()
    {
        Assert.Equal(EvidenceProblem.UnknownType, Refusal(Samples.Ole("MsiDigitalSignature"), "setup.doc"));
    }

    [Fact]
    public void UnknownMediaBrandIsRefused()
    {
        Assert.Equal(EvidenceProblem.UnknownType, Refusal(Samples.IsoMedia("crx "), "video.mp4"));
    }

    [Fact]
    public void BinaryAndNonUtf8TextAreRefused()
    {
        Assert.Equal(EvidenceProblem.UnknownType, Refusal([1, 2, 0, 4, 5, 0, 7], "data.txt"));
        Assert.Equal(EvidenceProblem.UnknownType, Refusal(Encoding.Latin1.GetBytes("caf\u00e9 na\u00efve \u00fcber"), "data.txt"));
    }

    [Fact]
    public void ArchiveWhoseMimetypeInflatesHugelyIsRefusedWithoutReadingItAll()
    {
        var path = Path.Combine(_folder.Path, "bomb.odt");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("mimetype", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) entry.Write(zeros);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<EvidenceRejectedException>(() => ContentSniffer.Detect(path));

        Assert.Equal(EvidenceProblem.UnknownType, ex.Problem);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8 * 1024 * 1024, "the sniffer inflated the whole entry");
    }
}
