using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Chat;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests.Delivery;

public sealed class DeliveryProblemsTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync() => _cast = await TwoSchools.SeedAsync(App);

    [Fact]
    public async Task FailedUnreachableAndInDoubtMessagesOfOwnSchoolsAreListedNewestFirst()
    {
        await OutboxAsync("old-failed", _cast.TeacherA.Id, m => m.MarkFailed("HTTP 502 Bad Gateway"), minutesAgo: 30);
        await OutboxAsync("blocked", _cast.TeacherA.Id, m => m.MarkUnreachable("Forbidden: bot was blocked by the user"), minutesAgo: 20);
        await OutboxAsync("doubt", _cast.TeacherA.Id, m => m.MarkFailed(OutboxMessage.InDoubtError), minutesAgo: 10);
        await OutboxAsync("delivered", _cast.TeacherA.Id, m => m.MarkSent(App.UtcNow), minutesAgo: 5);
        await OutboxAsync("other-school", _cast.TeacherB.Id, m => m.MarkFailed("HTTP 500"), minutesAgo: 1);
        using var client = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        var page = await client.GetDocumentAsync("/Admin/Delivery");

        var rows = page.QuerySelectorAll("#delivery-problems tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("под вопросом", rows[0]);
        Assert.Contains("получатель недоступен", rows[1]);
        Assert.Contains("bot was blocked by the user", rows[1]);
        Assert.Contains("HTTP 502 Bad Gateway", rows[2]);
        Assert.All(rows, r => Assert.Contains(_cast.TeacherA.FullName, r));
    }

    [Fact]
    public async Task SendAgainPutsTheMessageBackInTheQueueAndAudits()
    {
        var id = await OutboxAsync("failed", _cast.TeacherA.Id, m => m.MarkFailed("HTTP 502 Bad Gateway"));
        using var client = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        using var response = await client.SubmitAsync("/Admin/Delivery", $"tr[data-message-id='{id}'] form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.NewDb();
        var message = await db.Outbox.SingleAsync(m => m.Id == id);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(0, message.Attempts);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityType == nameof(OutboxMessage) && a.Action == "requeued");
        Assert.Equal(_cast.AdminA.Id, audit.ActorId);
        Assert.Equal(_cast.SchoolA.Id, audit.SchoolId);
        Assert.Contains("HTTP 502", audit.Comment);
    }

    [Fact]
    public async Task AdministratorOfAnotherSchoolGets404ForTheMessage()
    {
        var id = await OutboxAsync("failed", _cast.TeacherA.Id, m => m.MarkFailed("HTTP 502 Bad Gateway"));
        await Seed.StaffAsync("admin-b@school.kz", StaffRole.Administrator, _cast.SchoolB.Id);
        using var client = await App.SignedInClientAsync("admin-b@school.kz");
        var token = await client.AntiforgeryTokenAsync("/Account/Telegram");

        using var response = await client.PostFieldsAsync($"/Admin/Delivery?handler=Requeue&id={id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await client.GetDocumentAsync("/Admin/Delivery")).QuerySelector($"tr[data-message-id='{id}']"));
        await using var db = App.NewDb();
        Assert.Equal(OutboxStatus.Failed, (await db.Outbox.SingleAsync(m => m.Id == id)).Status);
    }

    [Fact]
    public async Task SendAgainWithoutAntiforgeryTokenIsRefused()
    {
        var id = await OutboxAsync("failed", _cast.TeacherA.Id, m => m.MarkFailed("HTTP 502 Bad Gateway"));
        using var client = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        using var response = await client.PostFieldsAsync($"/Admin/Delivery?handler=Requeue&id={id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(OutboxStatus.Failed, (await db.Outbox.SingleAsync(m => m.Id == id)).Status);
    }

    [Fact]
    public async Task AdministratorDashboardCountsUndeliveredNotificationsAndReviewerSeesNoCount()
    {
        await OutboxAsync("a", _cast.TeacherA.Id, m => m.MarkFailed("HTTP 502"));
        await OutboxAsync("b", _cast.TeacherA.Id, m => m.MarkUnreachable("Forbidden"));
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        var adminPage = await admin.GetDocumentAsync("/");
        var reviewerPage = await reviewer.GetDocumentAsync("/");

        Assert.Equal("2", adminPage.QuerySelector("#failed-count")!.TextContent.Trim());
        Assert.Null(reviewerPage.QuerySelector("#failed-count"));
    }

    [Fact]
    public async Task TeacherWhoBlockedTheBotHasAnUnreachableBadgeInTheTeachersList()
    {
        await using (var db = App.NewDb())
        {
            var account = new ChatAccount("telegram", "4242", "4242", "ru", App.UtcNow);
            account.LinkTeacher(_cast.TeacherA.Id, App.UtcNow);
            account.MarkUnreachable(App.UtcNow);
            db.ChatAccounts.Add(account);
            await db.SaveChangesAsync();
        }
        using var client = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        var page = await client.GetDocumentAsync("/Teachers?culture=en");

        var row = page.QuerySelector($"tr[data-teacher-id='{_cast.TeacherA.Id}']")!;
        Assert.Contains("unreachable in Telegram", row.QuerySelector(".unreachable-badge")!.TextContent);
    }

    private async Task<long> OutboxAsync(string key, int teacherId, Action<OutboxMessage> outcome, int minutesAgo = 0)
    {
        await using var db = App.NewDb();
        var message = new OutboxMessage(key, NotificationKind.EntryConfirmed, teacherId, null, "{}", App.UtcNow.AddMinutes(-minutesAgo));
        outcome(message);
        db.Outbox.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }
}
