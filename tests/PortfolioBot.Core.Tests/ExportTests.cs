using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Export;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

public sealed class ExportTests : IAsyncLifetime
{
    private static readonly Actor Admin = Actor.Staff(1, "Администратор");
    private PortfolioFixture _fixture = null!;
    private Teacher _teacher = null!;

    public async Task InitializeAsync()
    {
        _fixture = await PortfolioFixture.StartAsync();
        var school = await _fixture.AddSchoolAsync();
        _teacher = await _fixture.AddTeacherAsync(school.Id);
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task ZipHasOneFolderPerSectionNamedInTheChosenLanguage()
    {
        var zip = await ExportAsync(ExportPurpose.Whole, "kk");

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("1 Педагог жайлы жалпы мәлімет/", names);
        Assert.Contains("2 Педагогикалық іс-әрекетінің нәтижесі/", names);
        Assert.Contains("3 Ғылыми-әдістемелік әрекет/", names);
        Assert.Contains("4 Тәрбие жұмысы/", names);
        Assert.Contains("index.html", names);
        Assert.Contains("1 Педагог жайлы жалпы мәлімет/profile.html", names);
    }

    [Fact]
    public async Task EvidenceIsNamedByDateAndTitleKeepingKazakhAndRussianLetters()
    {
        var bytes = ExportSeed.Pdf("семинар");
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s3.master-classes", "Семинар: «Жаңа технологиялар» / итоги?", new DateOnly(2025, 3, 14), files: bytes);

        var zip = await ExportAsync(ExportPurpose.Whole, "ru");

        var file = zip.GetEntry("3 Научно-методическая деятельность/2025-03-14 Семинар «Жаңа технологиялар» итоги.pdf");
        Assert.NotNull(file);
        Assert.Equal(bytes, await ReadAllAsync(file));
    }

    [Fact]
    public async Task SeveralFilesOfOneEntryAreNumberedAndSameNamedEntriesDoNotCollide()
    {
        var date = new DateOnly(2025, 2, 1);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Выставка", date, files: [ExportSeed.Pdf("a"), ExportSeed.Pdf("b")]);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Выставка", date, files: ExportSeed.Pdf("c"));

        var zip = await ExportAsync(ExportPurpose.Whole, "ru");

        var names = zip.Entries.Where(e => e.FullName.StartsWith("4 ", StringComparison.Ordinal) && e.Length > 0).Select(e => e.Name).Order().ToList();
        Assert.Equal(["2025-02-01 Выставка (1).pdf", "2025-02-01 Выставка (2).pdf", "2025-02-01 Выставка.pdf"], names);
    }

    [Fact]
    public async Task IndexListsEveryEntryWithStatusWhoConfirmedItAndRelativeLinks()
    {
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s2.additional-education", "Кружок робототехники", new DateOnly(2025, 4, 2), files: ExportSeed.Pdf("x"));
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s3.author-programmes", "Авторская программа", new DateOnly(2025, 5, 6), EntryStatus.Submitted);

        var index = await IndexAsync(await ExportAsync(ExportPurpose.Whole, "ru"));

        Assert.Contains("Кружок робототехники", index);
        Assert.Contains("подтверждено", index);
        Assert.Contains("Гүлнар Ахметова, 15.10.2025 10:00", index);
        Assert.Contains("Авторская программа", index);
        Assert.Contains("отправлено на проверку", index);
        Assert.Contains($"href=\"{Uri.EscapeDataString("2 Результаты педагогической деятельности")}/{Uri.EscapeDataString("2025-04-02 Кружок робототехники.pdf")}\"", index);
    }

    [Fact]
    public async Task TitlesAreHtmlEncodedInTheIndex()
    {
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "<script>alert('x')</script>", new DateOnly(2025, 1, 10));

        var index = await IndexAsync(await ExportAsync(ExportPurpose.Whole, "en"));

        Assert.DoesNotContain("<script>", index);
        Assert.Contains("&lt;script&gt;", index);
    }

    [Fact]
    public async Task ProfileShowsExperienceForTodayCategoryAndNextAttestation()
    {
        await using (var db = _fixture.NewDb())
        {
            var teacher = await db.Teachers.SingleAsync(t => t.Id == _teacher.Id);
            teacher.SetExperienceStarts(null, new DateOnly(2012, 9, 1), null, _fixture.Today);
            teacher.SetCategory(QualificationCategory.Expert, new DateOnly(2021, 5, 20), _fixture.Today);
            teacher.AddEducation("ЕНУ им. Л. Н. Гумилёва", 2011, "Математика", "Учитель математики");
            await db.SaveChangesAsync();
        }

        var zip = await ExportAsync(ExportPurpose.Whole, "ru");
        var profile = Encoding.UTF8.GetString(await ReadAllAsync(zip.GetEntry("1 Общие сведения о педагоге/profile.html")!));

        Assert.Contains("13 лет 1 мес.", profile);
        Assert.Contains("педагог-эксперт (присвоена 20.05.2021)", profile);
        Assert.Contains("20.05.2026", profile);
        Assert.Contains("ЕНУ им. Л. Н. Гумилёва", profile);
    }

    [Fact]
    public async Task AttestationExportLeavesOutEntriesOlderThanFiveYears()
    {
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Давняя выставка", new DateOnly(2019, 5, 1));
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Недавняя выставка", new DateOnly(2021, 5, 1));

        var plan = await PlanAsync(new ExportRequest(_teacher.Id, ExportPurpose.Attestation, "ru"));

        Assert.Equal(["Недавняя выставка"], plan.Items.Select(i => i.Entry.Title));
    }

    [Fact]
    public async Task YearEndBonusExportTakesOnlyThisSchoolYear()
    {
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Прошлый год", new DateOnly(2025, 8, 31));
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Этот год", new DateOnly(2025, 9, 1));

        var plan = await PlanAsync(new ExportRequest(_teacher.Id, ExportPurpose.YearEndBonus, "ru"));

        Assert.Equal(["Этот год"], plan.Items.Select(i => i.Entry.Title));
    }

    [Fact]
    public async Task DraftsAndReturnedEntriesStayOutOfPurposeExports()
    {
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Черновик", new DateOnly(2025, 1, 1), EntryStatus.Draft);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Возвращено", new DateOnly(2025, 1, 2), EntryStatus.Returned);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Зарегистрировано", new DateOnly(2025, 1, 3), EntryStatus.Recorded);

        var plan = await PlanAsync(new ExportRequest(_teacher.Id, ExportPurpose.Whole, "ru"));

        Assert.Equal(["Зарегистрировано"], plan.Items.Select(i => i.Entry.Title));
    }

    [Fact]
    public async Task HandPickedExportTakesExactlyTheChosenEntriesDraftsIncluded()
    {
        var draft = await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Выбранный черновик", new DateOnly(2025, 1, 1), EntryStatus.Draft);
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Не выбрано", new DateOnly(2025, 1, 2));
        var chosen = await ExportSeed.AddEntryAsync(_fixture, _teacher, "s3.author-programmes", "Выбрано", new DateOnly(2025, 1, 3));

        var plan = await PlanAsync(new ExportRequest(_teacher.Id, ExportPurpose.HandPicked, "ru", [draft.Id, chosen.Id]));

        Assert.Equal(["Выбранный черновик", "Выбрано"], plan.Items.Select(i => i.Entry.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HandPickedExportRejectsAnotherTeachersEntry()
    {
        var other = await _fixture.AddTeacherAsync(_teacher.SchoolId, "Иван Петров");
        var own = await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Своё", new DateOnly(2025, 1, 1));
        var foreign = await ExportSeed.AddEntryAsync(_fixture, other, "s4.creative-works", "Чужое", new DateOnly(2025, 1, 1));

        await Assert.ThrowsAsync<ExportRejectedException>(() => PlanAsync(new ExportRequest(_teacher.Id, ExportPurpose.HandPicked, "ru", [own.Id, foreign.Id])));
    }

    [Fact]
    public async Task StarredEntriesComeFirst()
    {
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Свежая", new DateOnly(2025, 6, 1));
        await ExportSeed.AddEntryAsync(_fixture, _teacher, "s4.creative-works", "Приоритетная", new DateOnly(2024, 1, 1), starred: true);

        var index = await IndexAsync(await ExportAsync(ExportPurpose.Whole, "ru"));

        Assert.True(index.IndexOf("Приоритетная", StringComparison.Ordinal) < index.IndexOf("Свежая", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExportIsAudited()
    {
        await ExportAsync(ExportPurpose.Attestation, "ru");

        await using var db = _fixture.NewDb();
        var record = await db.AuditRecords.SingleAsync(a => a.Action == "exported");
        Assert.Equal((_teacher.Id, "Attestation", "Администратор"), (record.EntityId, record.Comment, record.ActorName));
    }

    private async Task<ExportPlan> PlanAsync(ExportRequest request)
    {
        await using var scope = _fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioExporter>().PlanAsync(request, Admin);
    }

    private async Task<ZipArchive> ExportAsync(ExportPurpose purpose, string language)
    {
        await using var scope = _fixture.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<PortfolioExporter>();
        var plan = await exporter.PlanAsync(new ExportRequest(_teacher.Id, purpose, language), Admin);
        var buffer = new MemoryStream();
        await exporter.WriteAsync(plan, new ForwardOnlyStream(buffer));
        buffer.Position = 0;
        return new ZipArchive(buffer, ZipArchiveMode.Read);
    }

    private static async Task<string> IndexAsync(ZipArchive zip) => Encoding.UTF8.GetString(await ReadAllAsync(zip.GetEntry("index.html")!));

    private static async Task<byte[]> ReadAllAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync();
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
