using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Notifications;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests;

public sealed class ReviewTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync() => _cast = await TwoSchools.SeedAsync(App);

    private string EntryUrl(int id) => $"/Review/Entry/{id}";

    [Fact]
    public async Task ConfirmStoresTheReviewWithItsAuditRecordAndTeacherNotification()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.SubmitAsync(EntryUrl(_cast.EntryA.Id), "#confirm-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.NewDb();
        var entry = await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id);
        Assert.Equal(EntryStatus.Confirmed, entry.Status);
        Assert.Equal(_cast.ReviewerA.Id, entry.ReviewedByStaffId);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == entry.Id && a.Action == "confirmed");
        Assert.Equal(_cast.ReviewerA.DisplayName, audit.ActorName);
        Assert.Equal(_cast.SchoolA.Id, audit.SchoolId);
        var message = await db.Outbox.SingleAsync();
        Assert.Equal(NotificationKind.EntryConfirmed, message.Kind);
        Assert.Equal(_cast.TeacherA.Id, message.TeacherId);
    }

    [Fact]
    public async Task ReturnWithoutACommentIsRefusedAndChangesNothing()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.SubmitAsync(EntryUrl(_cast.EntryA.Id), "#return-form", new Dictionary<string, string> { ["Comment"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("без комментария", page.QuerySelector("#comment-error")!.TextContent, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal(EntryStatus.Submitted, (await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id)).Status);
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "returned"));
        Assert.False(await db.Outbox.AnyAsync());
    }

    [Fact]
    public async Task ReturnWithACommentReachesTheTeacher()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.SubmitAsync(EntryUrl(_cast.EntryA.Id), "#return-form",
            new Dictionary<string, string> { ["Comment"] = "Приложите скан грамоты с печатью" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.NewDb();
        var entry = await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id);
        Assert.Equal(EntryStatus.Returned, entry.Status);
        Assert.Equal("Приложите скан грамоты с печатью", entry.ReviewComment);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == entry.Id && a.Action == "returned");
        Assert.Equal("Приложите скан грамоты с печатью", audit.Comment);
        var message = await db.Outbox.SingleAsync();
        Assert.Equal(NotificationKind.EntryReturned, message.Kind);
        Assert.Equal("Приложите скан грамоты с печатью", JsonSerializer.Deserialize<ReviewNotification>(message.PayloadJson)!.Comment);
    }

    [Fact]
    public async Task BulkConfirmConfirmsOnlyTheSelectedEntriesEachWithItsOwnAuditRecord()
    {
        var second = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Мастер-класс для коллег");
        var third = await Seed.SubmittedEntryAsync(_cast.TeacherA, "Статья в журнале");
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        var queue = await reviewer.GetDocumentAsync("/Review");
        var form = queue.QuerySelector<IHtmlFormElement>("#bulk-form")!;
        foreach (var box in form.QuerySelectorAll<IHtmlInputElement>("input.row-select"))
            box.IsChecked = box.Value.StartsWith($"{_cast.EntryA.Id}:", StringComparison.Ordinal) || box.Value.StartsWith($"{second.Id}:", StringComparison.Ordinal);

        using var response = await reviewer.PostFormAsync(form, "/Review");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.NewDb();
        var statuses = await db.Entries.ToDictionaryAsync(e => e.Id, e => e.Status);
        Assert.Equal(EntryStatus.Confirmed, statuses[_cast.EntryA.Id]);
        Assert.Equal(EntryStatus.Confirmed, statuses[second.Id]);
        Assert.Equal(EntryStatus.Submitted, statuses[third.Id]);
        var confirmed = await db.AuditRecords.Where(a => a.Action == "confirmed").Select(a => a.EntityId).OrderBy(id => id).ToListAsync();
        Assert.Equal(new[] { _cast.EntryA.Id, second.Id }.Order(), confirmed);
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.Kind == NotificationKind.EntryConfirmed));
    }

    [Fact]
    public async Task BulkConfirmOfAnotherSchoolsEntryChangesNothing()
    {
        using var reviewerB = await App.SignedInClientAsync(TwoSchools.ReviewerBEmail);
        var token = await reviewerB.AntiforgeryTokenAsync("/Account/ChangePassword");

        using var response = await reviewerB.PostFieldsAsync("/Review?handler=ConfirmSelected", new Dictionary<string, string>
        {
            ["selected"] = $"{_cast.EntryA.Id}:{_cast.EntryA.Revision}",
            ["__RequestVerificationToken"] = token,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(EntryStatus.Submitted, (await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id)).Status);
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "confirmed"));
    }

    [Fact]
    public async Task ReviewerWhoComesSecondIsToldWhoConfirmedAndWhen()
    {
        var colleague = await Seed.StaffAsync("deputy-2@school.kz", StaffRole.Reviewer, _cast.SchoolA.Id);
        using var first = await App.SignedInClientAsync("deputy-2@school.kz");
        using var second = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        var staleForm = (await second.GetDocumentAsync(EntryUrl(_cast.EntryA.Id))).QuerySelector<IHtmlFormElement>("#return-form")!;
        using (var confirmed = await first.SubmitAsync(EntryUrl(_cast.EntryA.Id), "#confirm-form")) Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        using var late = await second.PostFormAsync(staleForm, EntryUrl(_cast.EntryA.Id), new Dictionary<string, string> { ["Comment"] = "Нет печати" });

        var page = await AdminClient.ParseAsync(await late.Content.ReadAsStringAsync());
        var conflict = page.QuerySelector("#conflict")!.TextContent;
        Assert.Contains(colleague.DisplayName, conflict, StringComparison.Ordinal);
        Assert.Contains("подтверждено", conflict, StringComparison.Ordinal);
        Assert.Contains("Ничего не изменено", conflict, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal(EntryStatus.Confirmed, (await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id)).Status);
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "returned"));
        Assert.Equal(NotificationKind.EntryConfirmed, (await db.Outbox.SingleAsync()).Kind);
    }

    [Fact]
    public async Task TwoReviewersConfirmingAtOnceProduceOneReview()
    {
        await Seed.StaffAsync("deputy-2@school.kz", StaffRole.Reviewer, _cast.SchoolA.Id);
        using var one = await App.SignedInClientAsync("deputy-2@school.kz");
        using var two = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        var formOne = (await one.GetDocumentAsync(EntryUrl(_cast.EntryA.Id))).QuerySelector<IHtmlFormElement>("#confirm-form")!;
        var formTwo = (await two.GetDocumentAsync(EntryUrl(_cast.EntryA.Id))).QuerySelector<IHtmlFormElement>("#confirm-form")!;

        var responses = await Task.WhenAll(one.PostFormAsync(formOne, EntryUrl(_cast.EntryA.Id)), two.PostFormAsync(formTwo, EntryUrl(_cast.EntryA.Id)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        var loser = responses.Single(r => r.StatusCode != HttpStatusCode.Redirect);
        Assert.Contains("уже проверил", await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "confirmed"));
        Assert.Equal(1, await db.Outbox.CountAsync());
        foreach (var r in responses) r.Dispose();
    }

    [Fact]
    public async Task ConfirmWithoutAnAntiforgeryTokenIsRefused()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var response = await reviewer.PostFieldsAsync($"{EntryUrl(_cast.EntryA.Id)}?handler=Confirm",
            new Dictionary<string, string> { ["Revision"] = _cast.EntryA.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(EntryStatus.Submitted, (await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id)).Status);
    }

    [Fact]
    public async Task ReviewerOfAnotherSchoolCannotConfirmByPostingTheId()
    {
        using var reviewerA = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        var form = (await reviewerA.GetDocumentAsync(EntryUrl(_cast.EntryA.Id))).QuerySelector<IHtmlFormElement>("#confirm-form")!;
        using var reviewerB = await App.SignedInClientAsync(TwoSchools.ReviewerBEmail);
        // B's own antiforgery token, from a page B may open.
        var tokenB = await reviewerB.AntiforgeryTokenAsync("/Account/ChangePassword");

        using var response = await reviewerB.PostFormAsync(form, EntryUrl(_cast.EntryA.Id), new Dictionary<string, string> { ["__RequestVerificationToken"] = tokenB });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(EntryStatus.Submitted, (await db.Entries.SingleAsync(e => e.Id == _cast.EntryA.Id)).Status);
    }
}
