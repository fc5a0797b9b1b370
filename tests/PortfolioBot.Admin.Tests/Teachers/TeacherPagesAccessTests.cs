using System.Net;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests.Teachers;

/// <summary>Who may open the teachers' pages: another school's teacher is never found, whoever asks.</summary>
public sealed class TeacherPagesAccessTests : AdminTest
{
    private int _teacherA;
    private int _entryA;

    public override async Task InitializeAsync()
    {
        var schoolA = await Seed.SchoolAsync("Школа А");
        var schoolB = await Seed.SchoolAsync("Школа Б");
        await Seed.StaffAsync("reviewer-a@school.kz", StaffRole.Reviewer, schoolA.Id);
        await Seed.StaffAsync("reviewer-b@school.kz", StaffRole.Reviewer, schoolB.Id);
        await Seed.StaffAsync("admin-b@school.kz", StaffRole.Administrator, schoolB.Id);
        var teacher = await Seed.TeacherAsync(schoolA.Id, "Әсел Серікова");
        _teacherA = teacher.Id;
        _entryA = (await Seed.SubmittedEntryAsync(teacher)).Id;
    }

    [Theory]
    [InlineData("/Teachers/Portfolio/{0}")]
    [InlineData("/Teachers/Invite/{0}")]
    public async Task ReviewerOfOtherSchoolGets404ForTheTeachersPages(string url)
    {
        using var client = await App.SignedInClientAsync("reviewer-b@school.kz");

        using var response = await client.GetAsync(string.Format(url, _teacherA));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ReviewerOfOtherSchoolCannotExportOrInviteByPosting()
    {
        using var other = await App.SignedInClientAsync("reviewer-b@school.kz");
        // A valid antiforgery token of the caller's own session, so only the school check can refuse.
        var token = (await other.GetDocumentAsync("/Account/ChangePassword")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var export = await other.Http.PostAsync($"/Teachers/Portfolio/{_teacherA}?handler=Export",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Purpose"] = "Whole", ["__RequestVerificationToken"] = token }));
        using var invite = await other.Http.PostAsync($"/Teachers/Invite/{_teacherA}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (export.StatusCode, invite.StatusCode));
        await using var db = App.NewDb();
        Assert.Empty(db.Invitations);
    }

    [Fact]
    public async Task AdministratorOfOtherSchoolGets404ForEditingTheTeacher()
    {
        using var client = await App.SignedInClientAsync("admin-b@school.kz");

        using var response = await client.GetAsync($"/Admin/Teachers/Edit/{_teacherA}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TeachersListShowsOnlyTheCallersSchools()
    {
        using var other = await App.SignedInClientAsync("reviewer-b@school.kz");
        using var own = await App.SignedInClientAsync("reviewer-a@school.kz");

        var otherList = await other.GetDocumentAsync("/Teachers");
        var ownList = await own.GetDocumentAsync("/Teachers?q=СЕРІКОВА");

        Assert.DoesNotContain("Серікова", otherList.Body!.TextContent);
        Assert.Contains("Әсел Серікова", ownList.QuerySelector("#teachers")!.TextContent);
    }

    [Theory]
    [InlineData("/Admin/Teachers/Import")]
    [InlineData("/Admin/Teachers/Edit")]
    [InlineData("/Admin/Deadlines")]
    public async Task ReviewerIsRefusedTheAdministratorsPages(string url)
    {
        using var client = await App.SignedInClientAsync("reviewer-a@school.kz");

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/Teachers")]
    [InlineData("/Teachers/Portfolio/1")]
    [InlineData("/Admin/Deadlines")]
    public async Task AnonymousIsSentToTheLoginPage(string url)
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HandPickedExportWithAnotherTeachersEntryIs404()
    {
        var other = await Seed.TeacherAsync((await Seed.SchoolAsync("Школа В")).Id, "Чужой Педагог");
        var foreign = await Seed.SubmittedEntryAsync(other, "Чужая запись");
        using var client = await App.SignedInClientAsync("reviewer-a@school.kz");

        using var response = await client.SubmitAsync($"/Teachers/Portfolio/{_teacherA}", "#export-form", new Dictionary<string, string>
        {
            ["Purpose"] = "HandPicked",
            ["EntryIds"] = foreign.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HandPickedExportOfOwnEntryIsServed()
    {
        using var client = await App.SignedInClientAsync("reviewer-a@school.kz");

        using var response = await client.SubmitAsync($"/Teachers/Portfolio/{_teacherA}", "#export-form", new Dictionary<string, string>
        {
            ["Purpose"] = "HandPicked",
            ["EntryIds"] = _entryA.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
    }
}
