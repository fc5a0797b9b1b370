using System.IO.Compression;
using System.Net;
using System.Text;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests.Teachers;

public sealed class ExportHttpTests : AdminTest
{
    [Fact]
    public async Task ExportDownloadsTheZipLaidOutBySectionWithIndex()
    {
        var school = await Seed.SchoolAsync();
        await Seed.StaffAsync("deputy@school.kz", StaffRole.Reviewer, school.Id);
        var teacher = await Seed.TeacherAsync(school.Id, "Әсел Серікова");
        var png = TestFiles.Png();
        await Seed.SubmittedEntryAsync(teacher, "Ашық сабақ: физика", "s3.new-technologies", new DateOnly(2025, 10, 1), ("photo.png", png));
        using var client = await App.SignedInClientAsync("deputy@school.kz");

        using var response = await client.SubmitAsync($"/Teachers/Portfolio/{teacher.Id}", "#export-form", new Dictionary<string, string> { ["Purpose"] = "Whole" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Серікова", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var image = zip.GetEntry("3 Научно-методическая деятельность/2025-10-01 Ашық сабақ физика.png");
        Assert.NotNull(image);
        await using (var stream = await image.OpenAsync())
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(png, copy.ToArray());
        }
        using var index = new StreamReader(await zip.GetEntry("index.html")!.OpenAsync(), Encoding.UTF8);
        var html = await index.ReadToEndAsync();
        Assert.Contains("Ашық сабақ: физика", html);
        Assert.Contains("отправлено на проверку", html);
    }
}
