using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests;

public sealed class AuditLogTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync()
    {
        _cast = await TwoSchools.SeedAsync(App);
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        using var confirmed = await reviewer.SubmitAsync($"/Review/Entry/{_cast.EntryA.Id}", "#confirm-form");
    }

    private async Task<List<string>> RowsAsync(string email, string url)
    {
        using var client = await App.SignedInClientAsync(email);
        var page = await client.GetDocumentAsync(url);
        return page.QuerySelectorAll("#audit-table tbody tr").Select(r => r.TextContent).ToList();
    }

    [Fact]
    public async Task TheLogShowsTheReviewToItsSchool()
    {
        var rows = await RowsAsync(TwoSchools.AdminEmail, "/Audit?action=confirmed");

        var row = Assert.Single(rows);
        Assert.Contains(_cast.ReviewerA.DisplayName, row, StringComparison.Ordinal);
        Assert.Contains("подтвердил(а)", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSchoolsReviewerSeesNoneOfIt()
    {
        var rows = await RowsAsync(TwoSchools.ReviewerBEmail, "/Audit");

        Assert.DoesNotContain(rows, r => r.Contains(_cast.ReviewerA.DisplayName, StringComparison.Ordinal) || r.Contains(_cast.TeacherA.FullName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhoFilterFoldsKazakhLetters()
    {
        var rows = await RowsAsync(TwoSchools.AdminEmail, "/Audit?actor=" + Uri.EscapeDataString("ӘСЕЛ"));

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(_cast.TeacherA.FullName, r, StringComparison.Ordinal));
    }
}
