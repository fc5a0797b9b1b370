using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Reminders;
using PortfolioBot.Core.Staff;
using PortfolioBot.Bot.TelegramAdapter;
using PortfolioBot.Core.Chat;
using PortfolioBot.Testing.FakeTelegram;

namespace PortfolioBot.Bot.Tests.Delivery;

public sealed class RenderingTests
{
    [Fact]
    public async Task DeadlineReminderInKazakhNamesMissingSectionsWithButtonsToAddThere()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, chat) = await harness.AddLinkedTeacherAsync("kk");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        await harness.EnqueueAsync(NotificationKind.DeadlineReminder, teacher.Id, null,
            new DeadlineReminderPayload(7, "Аттестация", due, "d-14", DeadlineRequirement.ConfirmedEntryInEverySection, [3, 4], 1, 0, 2), "deadline:7:kk");

        await harness.StartDispatcherAsync();
        var message = await harness.Telegram.WaitForMessageAsync(chat, "Аттестация");

        Assert.Contains("Ғылыми-әдістемелік әрекет", message.Text);
        Assert.Contains("Тәрбие жұмысы", message.Text);
        Assert.Contains("қаралама: 1", message.Text);
        Assert.Equal(["n:s:3", "n:s:4", "n:d"], message.Buttons.Select(b => b.CallbackData));
    }

    [Fact]
    public async Task ReturnedEntryNotificationShowsTheCommentAndOpensTheEntry()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (teacher, chat) = await harness.AddLinkedTeacherAsync("en");
        await harness.EnqueueAsync(NotificationKind.EntryReturned, teacher.Id, null,
            new ReviewNotification(42, "Open lesson", "s3.publications", "G. Abenova", "Attach the certificate"), "entry:42:returned");

        await harness.StartDispatcherAsync();
        var message = await harness.Telegram.WaitForMessageAsync(chat, "Open lesson");

        Assert.Contains("returned for changes", message.Text);
        Assert.Contains("Comment: Attach the certificate", message.Text);
        Assert.Equal("n:e:42", Assert.Single(message.Buttons).CallbackData);
    }

    [Fact]
    public async Task ReviewerDigestLinksToTheAdminQueue()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        int staffId;
        const long chat = 990_001;
        await using (var db = harness.Store.NewDb())
        {
            var staff = new StaffMember("Гүлнар Әбенқызы", StaffRole.Reviewer, harness.Store.UtcNow);
            staff.AssignSchools([harness.SchoolId]);
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();
            staffId = staff.Id;
            var account = new ChatAccount(TelegramChannel.ChannelName, "990001", "990001", "ru", harness.Store.UtcNow);
            account.LinkStaff(staffId, harness.Store.UtcNow);
            db.ChatAccounts.Add(account);
            await db.SaveChangesAsync();
        }
        await harness.EnqueueAsync(NotificationKind.ReviewerDigest, null, staffId, new ReviewerDigestPayload(5, 3, ["Школа-гимназия №1"]), "digest:1");

        await harness.StartDispatcherAsync();
        var message = await harness.Telegram.WaitForMessageAsync(chat, "ждут проверки");

        Assert.Contains("5", message.Text);
        Assert.Equal("https://portfolio.example.kz/Review", FakeTelegramServer.Button(message, "очередь").Url);
    }
}
