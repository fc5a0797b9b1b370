using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests;

public sealed class StaffAndSchoolTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync() => _cast = await TwoSchools.SeedAsync(App);

    [Fact]
    public async Task AdministratorCreatesAReviewerWhoCanThenSignIn()
    {
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        using var created = await admin.SubmitAsync("/Admin/Staff/Create", "#staff-create-form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Гүлнар Ахметова",
            ["Input.Email"] = "gulnar@school.kz",
            ["Input.TemporaryPassword"] = "temporary-pass-1",
            ["Input.Role"] = nameof(StaffRole.Reviewer),
            ["Input.SchoolIds"] = _cast.SchoolA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var reviewer = await App.SignedInClientAsync("gulnar@school.kz", "temporary-pass-1");
        using (var first = await reviewer.GetAsync("/Review"))
            Assert.Equal("/Account/ChangePassword", first.Headers.Location!.OriginalString);
        using (var changed = await reviewer.SubmitAsync("/Account/ChangePassword", "#change-password-form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "temporary-pass-1",
            ["Input.NewPassword"] = "my-own-password-7",
            ["Input.ConfirmPassword"] = "my-own-password-7",
        }))
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var queue = await reviewer.GetDocumentAsync("/Review");
        Assert.Single(queue.QuerySelectorAll("tr.queue-row"));
        await using var db = App.NewDb();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "staff-created" && a.SchoolId == _cast.SchoolA.Id));
    }

    [Fact]
    public async Task AdministratorCannotGiveASchoolOutsideTheirOwn()
    {
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        using var response = await admin.SubmitAsync("/Admin/Staff/Create", "#staff-create-form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Чужой",
            ["Input.Email"] = "stranger@school.kz",
            ["Input.TemporaryPassword"] = "temporary-pass-1",
            ["Input.SchoolIds"] = _cast.SchoolB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Выберите хотя бы одну школу", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.False(await db.StaffMembers.AnyAsync(s => s.DisplayName == "Чужой"));
    }

    [Fact]
    public async Task ResetPasswordReplacesTheOldOne()
    {
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        using var reset = await admin.SubmitAsync($"/Admin/Staff/Edit/{_cast.ReviewerA.Id}", "#staff-reset-form",
            new Dictionary<string, string> { ["NewPassword"] = "brand-new-temp-9" });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var old = App.NewClient();
        using var refused = await old.SubmitAsync("/Account/Login", "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = TwoSchools.ReviewerAEmail,
            ["Input.Password"] = Seed.Password,
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var fresh = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail, "brand-new-temp-9");
        var page = await fresh.GetDocumentAsync("/Account/ChangePassword");
        Assert.NotNull(page.QuerySelector("#must-change"));
    }

    [Fact]
    public async Task AnAdministratorCannotDeactivateThemself()
    {
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        using var response = await admin.SubmitAsync($"/Admin/Staff/Edit/{_cast.AdminA.Id}", "#staff-edit-form",
            new Dictionary<string, string> { ["Input.Role"] = nameof(StaffRole.Reviewer) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(StaffRole.Administrator, (await db.StaffMembers.SingleAsync(s => s.Id == _cast.AdminA.Id)).Role);
    }

    [Fact]
    public async Task PromotingAReviewerOpensTheAdminPagesForThem()
    {
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);
        using (var saved = await admin.SubmitAsync($"/Admin/Staff/Edit/{_cast.ReviewerA.Id}", "#staff-edit-form",
            new Dictionary<string, string> { ["Input.Role"] = nameof(StaffRole.Administrator) }))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var promoted = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        using var staffPage = await promoted.GetAsync("/Admin/Staff");

        Assert.Equal(HttpStatusCode.OK, staffPage.StatusCode);
    }

    [Fact]
    public async Task ANewSchoolBelongsToTheAdministratorWhoAddedIt()
    {
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);

        using var added = await admin.SubmitAsync("/Admin/Schools", "#school-add-form", new Dictionary<string, string> { ["Name"] = "Ауыл мектебі №3" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await admin.GetDocumentAsync("/Admin/Schools");
        Assert.Contains("Ауыл мектебі №3", list.QuerySelector("#schools-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogueFlagsStoreOnlyTheSchoolsDifferences()
    {
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);
        var page = await admin.GetDocumentAsync($"/Admin/Schools/Edit/{_cast.SchoolA.Id}");
        var form = page.QuerySelector<IHtmlFormElement>("#school-flags-form")!;
        // Untick one kind that needs confirmation by default, tick one that does not.
        form.QuerySelector<IHtmlInputElement>("#flag-s3\\.publications")!.IsChecked = false;
        form.QuerySelector<IHtmlInputElement>("#flag-s2\\.prize-winners")!.IsChecked = true;

        using var saved = await admin.PostFormAsync(form, $"/Admin/Schools/Edit/{_cast.SchoolA.Id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = App.NewDb();
        var settings = await db.KindSettings.Where(k => k.SchoolId == _cast.SchoolA.Id).OrderBy(k => k.KindCode).ToListAsync();
        Assert.Equal(["s2.prize-winners", "s3.publications"], settings.Select(s => s.KindCode));
        Assert.True(settings[0].NeedsConfirmation);
        Assert.False(settings[1].NeedsConfirmation);
        Assert.False(await new ConfirmationRule(db).NeedsConfirmationAsync(_cast.SchoolA.Id, "s3.publications", null));
    }
}
