using System.Net;
using System.Security.Cryptography;
using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests;

public sealed class EvidenceFileTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync() => _cast = await TwoSchools.SeedAsync(App);

    [Fact]
    public async Task AnImageIsShownInlineUnderASandboxedPolicy()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.GetAsync($"/files/{_cast.ImageFileA}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("грамота.png", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("default-src 'none'; sandbox; frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(TestFiles.Png(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ATextFileIsOnlyEverADownload()
    {
        var entry = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Протокол", files: [("protocol.html", TestFiles.Text())]);
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.GetAsync($"/files/{entry.Evidence[0].Id}");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("protocol.txt", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsksForAnAttachmentEvenForImages()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.GetAsync($"/files/{_cast.ImageFileA}?download=1");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task APdfIsShownInlineWithoutScripts()
    {
        var entry = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Сертификат", files: [("сертификат.pdf", TestFiles.Pdf())]);
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.GetAsync($"/files/{entry.Evidence[0].Id}");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEntryPageShowsEachFilesSizeAndSha256()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        var page = await reviewer.GetDocumentAsync($"/Review/Entry/{_cast.EntryA.Id}");

        var card = page.QuerySelector(".evidence")!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(TestFiles.Png())), card.QuerySelector(".sha256")!.TextContent);
        Assert.NotNull(card.QuerySelector($"img[src='/files/{_cast.ImageFileA}']"));
    }

    [Fact]
    public async Task EachKindOfFileGetsItsOwnPreview()
    {
        var entry = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Внеклассное мероприятие", "s4.extracurricular", files:
            [("видео.mp4", TestFiles.Mp4()), ("сертификат.pdf", TestFiles.Pdf()), ("сценарий.txt", TestFiles.Text())]);
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        var page = await reviewer.GetDocumentAsync($"/Review/Entry/{entry.Id}");

        var files = entry.Evidence.ToDictionary(f => f.Extension, f => f.Id);
        Assert.NotNull(page.QuerySelector($"video[controls][src='/files/{files["mp4"]}']"));
        Assert.NotNull(page.QuerySelector($"iframe[src='/files/{files["pdf"]}']"));
        Assert.Empty(page.QuerySelectorAll($"[src='/files/{files["txt"]}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/files/{files["txt"]}?download=1']"));
    }

    [Fact]
    public async Task RangeRequestsServeJustTheAskedBytes()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/files/{_cast.ImageFileA}");
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 7);

        using var response = await reviewer.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(TestFiles.Png()[..8], await response.Content.ReadAsByteArrayAsync());
    }
}
