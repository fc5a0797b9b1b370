using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Bot.Channel;
using PortfolioBot.Bot.Conversations;
using PortfolioBot.Bot.Tests.Harness;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Bot.Tests;

public sealed class ReviewCycleTests : IAsyncLifetime
{
    private static readonly string[] OneKindPerSection = ["s1.courses", "s2.other", "s3.new-technologies", "s4.creative-works"];
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ReturnedEntryIsFixedFromTheNotificationAndResubmitted()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "ru");
        await AddEntryTests.GoToFilesAsync(chat, "ru");
        await chat.PressAsync("Готово");
        await chat.PressAsync("Отправить на проверку");
        await ReturnAsync("Приложите скан программы");
        await chat.PressAsync("Меню"); // the teacher is elsewhere when the notification comes
        await DeliverOutboxAsync(teacher.Id, NotificationKind.EntryReturned);

        var card = await chat.PressAsync("Исправить");
        Assert.Contains("Комментарий проверяющего (Гүлнар Ахметова): Приложите скан программы", TelegramChat.Texts(card));
        Assert.Contains(chat.Messages, m => m.Text?.StartsWith("🛠 Запись «Программа» возвращена на доработку", StringComparison.Ordinal) == true);
        await chat.PressAsync("Исправить");
        await chat.PressAsync("✏️ Файлы");
        await chat.SendDocumentAsync("scan.pdf", SampleFiles.Pdf("scan"));
        await chat.PressAsync("Готово");
        var done = await chat.PressAsync("Отправить на проверку");

        Assert.Contains("Отправлено на проверку", TelegramChat.Texts(done));
        await using var db = _host.NewDb();
        var entry = await db.Entries.Include(e => e.Evidence).SingleAsync();
        Assert.Equal((EntryStatus.Submitted, 1), (entry.Status, entry.Evidence.Count));
        var actions = await db.AuditRecords.Where(a => a.EntityType == "Entry" && a.EntityId == entry.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "submitted", "returned", "edited", "file-added", "submitted"], actions);
    }

    [Fact]
    public async Task NotificationButtonsWorkFromAnyState()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "kk");
        await AddEntryTests.StartKindAsync(chat, "3. ", "Авторлық бағдарламалар"); // mid-flow

        // No notification renders an "add this kind" button yet; the router's n:k format is sent as a plain message.
        await SendAsync(chat, new OutgoingMessage("⏰", [[new("➕ " + PortfolioCatalogue.Get("s2.prize-winners").Name.Kk, CallbackData.NotifyKind("s2.prize-winners"))]]));
        var kindStart = await chat.PressAsync("Конкурс жүлдегерлері");
        Assert.Contains("Атауын жазыңыз", TelegramChat.Texts(kindStart));

        await DeliverAsync(new OutboxMessage("test:deadline", NotificationKind.DeadlineReminder, teacher.Id, null, JsonSerializer.Serialize(
            new DeadlineReminderPayload(1, "Аттестация", _host.Today.AddDays(7), "d-7", DeadlineRequirement.ConfirmedEntryInEverySection, [4], 0, 0, 3)), _host.UtcNow));
        var sectionStart = await chat.PressAsync("4-бөлім");
        Assert.Contains("Тәрбие жұмысы", TelegramChat.Texts(sectionStart));
    }

    [Fact]
    public async Task DeadlinesShowDueDateAndWhatIsMissing()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "ru");
        await using (var db = _host.NewDb())
        {
            db.Deadlines.Add(new Deadline(teacher.SchoolId, "Портфолио к аттестации", new DateOnly(2025, 12, 1), DeadlineAudience.WholeSchool,
                DeadlineRequirement.ConfirmedEntryInEverySection, null, _host.UtcNow));
            db.Deadlines.Add(new Deadline(teacher.SchoolId, "Старый срок", new DateOnly(2025, 9, 1), DeadlineAudience.WholeSchool,
                DeadlineRequirement.AllEntriesSubmitted, null, _host.UtcNow));
            var other = new Deadline(teacher.SchoolId, "Для других", new DateOnly(2025, 12, 1), DeadlineAudience.ChosenTeachers,
                DeadlineRequirement.AllEntriesSubmitted, null, _host.UtcNow);
            db.Deadlines.Add(other);
            await db.SaveChangesAsync();
        }
        await AddEntryTests.StartKindAsync(chat, "1. ", "Повышение квалификации");
        await chat.SayAsync("Курсы");
        await chat.SayAsync("01.10.2025");
        await AddEntryTests.AnswerOptionalStepsAsync(chat);
        await chat.PressAsync("Готово");
        await chat.PressAsync("Зарегистрировать");

        var view = await chat.SayAsync("/deadlines");

        var text = TelegramChat.Texts(view);
        Assert.Contains("01.12.2025 — Портфолио к аттестации", text);
        Assert.Contains("Нет подтверждённой записи в разделах: 2, 3, 4", text);
        Assert.DoesNotContain("Старый срок", text);
        Assert.DoesNotContain("Для других", text);
        var add = await chat.PressAsync("Раздел 2");
        Assert.Contains("Результаты педагогической деятельности", TelegramChat.Texts(add));
    }

    [Fact]
    public async Task DeadlinesCountAConfirmedEntryWhileItsNewVersionIsEdited()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "ru");
        await using (var db = _host.NewDb())
        {
            var (me, reviewer) = (Actor.Teacher(teacher.Id, teacher.FullName), Actor.Staff(1, "Гүлнар Ахметова"));
            var entries = OneKindPerSection.Select(kind => new Entry(teacher.Id, teacher.SchoolId, kind, new EntryDetails("Курсы", _host.Today), me, _host.Today, _host.UtcNow)).ToList();
            foreach (var e in entries)
            {
                e.Submit(needsConfirmation: true, me, _host.UtcNow);
                e.Confirm(reviewer, _host.UtcNow);
            }
            db.Entries.AddRange(entries);
            db.Deadlines.Add(new Deadline(teacher.SchoolId, "Портфолио к аттестации", new DateOnly(2025, 12, 1), DeadlineAudience.WholeSchool,
                DeadlineRequirement.ConfirmedEntryInEverySection, null, _host.UtcNow));
            await db.SaveChangesAsync();
            db.Entries.Add(entries[3].StartNewVersion(me, _host.UtcNow));
            await db.SaveChangesAsync();
        }

        var view = await chat.SayAsync("/deadlines");

        Assert.Contains("всё готово", TelegramChat.Texts(view));
        Assert.DoesNotContain("Нет подтверждённой записи", TelegramChat.Texts(view));
    }

    [Fact]
    public async Task MuteAndUnmuteSetTheTeachersNudgeFlag()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "kk");

        var muted = await chat.SayAsync("/mute");
        await using (var db = _host.NewDb()) Assert.True((await db.Teachers.SingleAsync(t => t.Id == teacher.Id)).NudgesMuted);
        var unmuted = await chat.SayAsync("/unmute");

        Assert.Contains("/unmute", TelegramChat.Texts(muted));
        Assert.Contains("қосылды", TelegramChat.Texts(unmuted));
        await using var after = _host.NewDb();
        Assert.False((await after.Teachers.SingleAsync(t => t.Id == teacher.Id)).NudgesMuted);
    }

    [Fact]
    public async Task RemindMeOnADraftStoresAPersonalReminderAtNineSchoolTime()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "ru");
        await AddEntryTests.GoToFilesAsync(chat, "ru");
        await chat.PressAsync("Готово");
        await chat.PressAsync("Сохранить черновик");
        await chat.PressAsync("Напомнить");

        var replies = await chat.PressAsync("Через 3 дня");

        Assert.Contains("Напомню 18.10.2025 в 09:00", TelegramChat.Texts(replies));
        await using var db = _host.NewDb();
        var reminder = await db.PersonalReminders.SingleAsync();
        Assert.Equal((teacher.Id, SchoolCalendar.ToUtc(new DateOnly(2025, 10, 18), new TimeOnly(9, 0), SchoolCalendar.DefaultTimeZoneId)),
            (reminder.TeacherId, reminder.DueAt));
    }

    [Fact]
    public async Task PortfolioListsStarredFirstAndSendsFilesBack()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "ru");
        foreach (var title in new[] { "Первая", "Вторая" })
        {
            await AddEntryTests.StartKindAsync(chat, "3. ", "Авторские программы");
            await chat.SayAsync(title);
            await chat.SayAsync(title == "Первая" ? "01.09.2025" : "02.09.2025");
            await AddEntryTests.AnswerOptionalStepsAsync(chat);
            await chat.SendDocumentAsync(title + ".pdf", SampleFiles.Pdf(title));
            await chat.PressAsync("Готово");
            await chat.PressAsync("Сохранить черновик");
        }
        await chat.PressAsync("В приоритет"); // stars "Вторая", the card on screen

        var overview = await chat.SayAsync("/portfolio");
        Assert.Contains("черновик: 2", TelegramChat.Texts(overview));
        var list = await chat.PressAsync("3. Научно");
        var buttons = list[^1].Buttons.Select(b => b.Text).ToList();
        Assert.StartsWith("⭐", buttons[0]);
        Assert.Contains("Вторая", buttons[0]);
        await chat.PressAsync("Первая");
        var files = await chat.PressAsync("Получить файлы");

        Assert.Contains(_host.Telegram.SentFiles, f => f.ChatId == chat.ChatId && f.FileName == "Первая.pdf" && f.Bytes.SequenceEqual(SampleFiles.Pdf("Первая")));
        Assert.NotNull(files);
    }

    [Fact]
    public async Task SubmittedEntryCanBeWithdrawnAndTheDraftDeleted()
    {
        var (chat, _) = await TelegramChat.JoinAsync(_host, "kk");
        await AddEntryTests.GoToFilesAsync(chat, "kk");
        await chat.PressAsync("Дайын");
        await chat.PressAsync("Тексеруге жіберу");

        var withdrawn = await chat.PressAsync("Кері қайтару");
        Assert.Contains("Мәртебесі: қаралама", TelegramChat.Texts(withdrawn));
        var deleted = await chat.PressAsync("Жою");

        Assert.Contains("Қаралама жойылды", TelegramChat.Texts(deleted));
        await using var db = _host.NewDb();
        Assert.Empty(await db.CurrentEntries.ToListAsync());
    }

    [Fact]
    public async Task DraftCardOffersRecordWhenTheSchoolNeedsNoConfirmationForTheKind()
    {
        var (chat, teacher) = await TelegramChat.JoinAsync(_host, "ru");
        int entryId;
        await using (var db = _host.NewDb())
        {
            db.KindSettings.Add(new KindSetting(teacher.SchoolId, "s3.new-technologies", needsConfirmation: false));
            var entry = new Entry(teacher.Id, teacher.SchoolId, "s3.new-technologies", new EntryDetails("Открытый урок", _host.Today),
                Actor.Teacher(teacher.Id, teacher.FullName), _host.Today, _host.UtcNow);
            db.Entries.Add(entry);
            await db.SaveChangesAsync();
            entryId = entry.Id;
        }
        await SendAsync(chat, new OutgoingMessage("📝", [[new ChatButton("Открыть", CallbackData.NotifyEntry(entryId))]]));

        var card = await chat.PressAsync("Открыть");

        var buttons = card.SelectMany(m => m.Keyboard.SelectMany(row => row)).Select(b => b.Text).ToList();
        Assert.Contains("✅ Зарегистрировать", buttons);
        Assert.DoesNotContain("📤 Отправить на проверку", buttons);
    }

    private async Task ReturnAsync(string comment)
    {
        await using var db = _host.NewDb();
        var entry = await db.Entries.SingleAsync();
        entry.Return(Actor.Staff(1, "Гүлнар Ахметова"), comment, _host.UtcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>Delivers the teacher's queued notification of this kind the way the outbox dispatcher does.</summary>
    private async Task DeliverOutboxAsync(int teacherId, NotificationKind kind)
    {
        await using var db = _host.NewDb();
        await DeliverAsync(await db.Outbox.SingleAsync(m => m.TeacherId == teacherId && m.Kind == kind));
    }

    private async Task DeliverAsync(OutboxMessage message)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<INotificationSender>().SendAsync(message, CancellationToken.None);
        Assert.IsType<DeliveryResult.Sent>(result);
    }

    private async Task SendAsync(TelegramChat chat, OutgoingMessage message)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IChatChannel>().SendAsync(chat.ChatId.ToString(CultureInfo.InvariantCulture), message, CancellationToken.None);
    }
}
