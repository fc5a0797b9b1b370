using Microsoft.EntityFrameworkCore;
using PortfolioBot.Bot.Tests.Harness;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Entries;

namespace PortfolioBot.Bot.Tests;

public sealed class AddEntryTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PrizeWinnerWithFilesIsRecordedInKazakh()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "kk");
        await chat.PressAsync("Жазба қосу");
        await chat.PressAsync("2. Педагогикалық");
        await chat.PressAsync("Конкурс жүлдегерлері");
        await chat.SayAsync("«Абай оқулары» облыстық конкурсы");
        await chat.SayAsync("бүгін");
        await chat.SayAsync("Облыстық білім басқармасы");
        await chat.PressAsync("облыстық");
        await chat.PressAsync("жүлдегер");
        await chat.PressAsync("2 орын");
        await chat.SayAsync("3");
        await chat.PressAsync("Өткізу"); // link
        await chat.PressAsync("Өткізу"); // description
        await chat.SendDocumentAsync("diploma.pdf", SampleFiles.Pdf());
        await chat.SendPhotoAsync(SampleFiles.Jpeg());
        var summary = await chat.PressAsync("Дайын");

        Assert.Contains("Тексеріңіз", TelegramChat.Texts(summary));
        Assert.Contains("Файлдар: 2", TelegramChat.Texts(summary));
        var done = await chat.PressAsync("Тіркеу");

        Assert.Contains("Тіркелді", TelegramChat.Texts(done));
        await using var db = _host.NewDb();
        var entry = await db.Entries.Include(e => e.Evidence).SingleAsync();
        Assert.Equal((teacher.Id, EntryStatus.Recorded, Level.Regional, ResultKind.PrizeWinner, 2, 3),
            (entry.TeacherId, entry.Status, entry.Level!.Value, entry.Result!.Value, entry.Place!.Value, entry.PupilCount!.Value));
        Assert.Equal(_host.Today, entry.Date);
        Assert.Equal(["application/pdf", "image/jpeg"], entry.Evidence.Select(f => f.ContentType).Order());
    }

    [Theory]
    [InlineData(1, "Повышение квалификации", "Курсы по обновлённому содержанию")]
    [InlineData(2, "Выпускники с документом", "Выпуск 11 класса")]
    [InlineData(3, "Использование новых педагогических технологий", "Кейс-метод на уроках физики")]
    [InlineData(4, "Творческие работы", "Рисунки учащихся к Наурызу")]
    public async Task EntryOfEverySectionIsSavedWithItsFilesInRussian(int section, string kindButton, string title)
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await chat.PressAsync("Добавить запись");
        await chat.PressAsync($"{section}. ");
        await chat.PressAsync(kindButton);
        await chat.SayAsync(title);
        await chat.SayAsync("01.09.2025");
        await AnswerOptionalStepsAsync(chat);
        await chat.SendDocumentAsync("evidence.pdf", SampleFiles.Pdf(title));
        await chat.PressAsync("Готово");
        var done = await chat.PressAsync("Сохранить черновик");

        Assert.Contains($"Черновик сохранён: «{title}»", TelegramChat.Texts(done));
        await using var db = _host.NewDb();
        var entry = await db.Entries.Include(e => e.Evidence).SingleAsync();
        Assert.Equal((section, EntryStatus.Draft, new DateOnly(2025, 9, 1), 1), (entry.Section, entry.Status, entry.Date, entry.Evidence.Count));
    }

    [Theory]
    [InlineData("31.02.2025", "Такой даты не существует")]
    [InlineData("16.10.2025", "не может быть позже сегодняшней")]
    [InlineData("01.01.1949", "раньше 1950")]
    [InlineData("на прошлой неделе", "Не понял дату")]
    public async Task BadDateIsRefusedWithTheReasonAndNothingIsLost(string date, string reason)
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await StartKindAsync(chat, "3. ", "Авторские программы");
        await chat.SayAsync("Программа кружка робототехники");

        var refusal = await chat.SayAsync(date);
        Assert.Contains(reason, TelegramChat.Texts(refusal));
        await chat.SayAsync("2025-10-14");
        await AnswerOptionalStepsAsync(chat);
        var summary = await chat.PressAsync("Готово");

        Assert.Contains("Название: Программа кружка робототехники", TelegramChat.Texts(summary));
        Assert.Contains("Дата: 14.10.2025", TelegramChat.Texts(summary));
    }

    [Fact]
    public async Task TodayAndYesterdayButtonsAndWordsWorkInKazakh()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await StartKindAsync(chat, "3. ", "Авторлық бағдарламалар");
        await chat.SayAsync("Робототехника үйірмесі");
        await chat.PressAsync("Кеше");
        await AnswerOptionalStepsAsync(chat);
        var summary = await chat.PressAsync("Дайын");

        Assert.Contains("Күні: 14.10.2025", TelegramChat.Texts(summary));
    }

    [Fact]
    public async Task RefusedFileTypeIsExplainedAndNothingIsStored()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await GoToFilesAsync(chat, "kk");

        var replies = await chat.SendDocumentAsync("certificate.pdf.exe", SampleFiles.Executable(), "application/x-msdownload");

        Assert.Contains("қабылданбайды", TelegramChat.Texts(replies));
        Assert.Contains("PDF, Word", TelegramChat.Texts(replies));
        Assert.Empty(EvidenceFilesOnDisk());
    }

    [Fact]
    public async Task OversizeFileIsRefusedWithTheLimitAndNothingIsStored()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await GoToFilesAsync(chat, "ru");

        var replies = await chat.RunAsync(() => _host.Telegram.SendLargeDocument(chat.ChatId, "video.mp4", 25L * 1024 * 1024, "video/mp4"));

        Assert.Contains("слишком большой (25 МБ). Максимум 20 МБ", TelegramChat.Texts(replies));
        Assert.Equal(0, _host.Telegram.RequestCount("downloadFile"));
        Assert.Empty(EvidenceFilesOnDisk());
    }

    [Fact]
    public async Task FailedDownloadAsksToResendAndStoresNothing()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await GoToFilesAsync(chat, "kk");
        _host.Telegram.FailNext("downloadFile", 1, Testing.FakeTelegram.FaultKind.InternalServerError);

        var replies = await chat.SendDocumentAsync("diploma.pdf", SampleFiles.Pdf());

        Assert.Contains("Файлды жүктеу мүмкін болмады", TelegramChat.Texts(replies));
        Assert.Empty(EvidenceFilesOnDisk());
        var retried = await chat.SendDocumentAsync("diploma.pdf", SampleFiles.Pdf());
        Assert.Contains("Қабылданды: diploma.pdf", TelegramChat.Texts(retried));
    }

    [Fact]
    public async Task AlbumAttachesEveryPhotoWithOneRunningAcknowledgement()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await GoToFilesAsync(chat, "ru");

        await chat.SendAlbumAsync(SampleFiles.Jpeg(1), SampleFiles.Jpeg(2), SampleFiles.Jpeg(3));
        var summary = await chat.PressAsync("Готово");

        Assert.Contains("Файлы: 3", TelegramChat.Texts(summary));
        Assert.Single(chat.Since(0), m => m.IsSend && m.Text?.StartsWith("📎", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CompressedPhotoIsStoredInItsLargestSize()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await GoToFilesAsync(chat, "ru");
        var photo = SampleFiles.Jpeg(7).Concat(new byte[4000]).ToArray();

        await chat.SendPhotoAsync(photo);
        await chat.PressAsync("Готово");
        await chat.PressAsync("Сохранить черновик");

        await using var db = _host.NewDb();
        Assert.Equal(photo.Length, (await db.EvidenceFiles.SingleAsync()).Size);
    }

    [Fact]
    public async Task BackReturnsToThePreviousQuestionAndCancelSavesNothing()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        await StartKindAsync(chat, "3. ", "Авторские программы");
        await chat.SayAsync("Первое название");

        var back = await chat.PressAsync("Назад");
        Assert.Contains("Напишите название", TelegramChat.Texts(back));
        await chat.SayAsync("Второе название");
        var cancelled = await chat.PressAsync("Отмена");

        Assert.Contains("Отменено. Ничего не сохранено.", TelegramChat.Texts(cancelled));
        await using var db = _host.NewDb();
        Assert.Empty(await db.Entries.ToListAsync());
    }

    [Fact]
    public async Task TitleOverTheLimitIsRefusedWithTheLimitStated()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await StartKindAsync(chat, "3. ", "Авторлық бағдарламалар");

        var replies = await chat.SayAsync(new string('а', 201));

        Assert.Contains("201 таңба, ең көбі 200", TelegramChat.Texts(replies));
    }

    internal static async Task StartKindAsync(TelegramChat chat, string sectionButton, string kindButton)
    {
        await chat.SayAsync("/add");
        await chat.PressAsync(sectionButton);
        await chat.PressAsync(kindButton);
    }

    /// <summary>Skips every optional question; answers the required ones this test kinds ask.</summary>
    internal static async Task AnswerOptionalStepsAsync(TelegramChat chat)
    {
        for (var i = 0; i < 12; i++)
        {
            var last = chat.Last;
            if (last.Buttons.Any(b => b.Text.Contains("Готово") || b.Text.Contains("Дайын") || b.Text.Contains("Done"))) return;
            if (last.Buttons.Any(b => b.Text.StartsWith('⏭'))) await chat.PressAsync("⏭");
            else if (last.Text?.Contains("Учащиеся") == true || last.Text?.Contains("Оқушылар") == true) await chat.SayAsync("25");
            else throw new InvalidOperationException($"Unexpected required step: {last}");
        }
    }

    internal static async Task GoToFilesAsync(TelegramChat chat, string language)
    {
        await StartKindAsync(chat, "3. ", language == "kk" ? "Авторлық бағдарламалар" : "Авторские программы");
        await chat.SayAsync(language == "kk" ? "Бағдарлама" : "Программа");
        await chat.SayAsync("01.10.2025");
        await AnswerOptionalStepsAsync(chat);
    }

    private string[] EvidenceFilesOnDisk()
    {
        var root = Path.Combine(_host.Folder.Path, "evidence");
        return Directory.Exists(root)
            ? [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".tmp", StringComparison.Ordinal))]
            : [];
    }
}
