using System.Net;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests;

public sealed class AccountTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync() => _cast = await TwoSchools.SeedAsync(App);

    private static Dictionary<string, string> Credentials(string password) => new()
    {
        ["Input.Email"] = TwoSchools.ReviewerAEmail,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task AWrongPasswordIsRefusedPlainly()
    {
        using var client = App.NewClient();

        using var response = await client.SubmitAsync("/Account/Login", "#login-form", Credentials("not-the-password"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Неверный адрес почты или пароль", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountEvenForTheRightPassword()
    {
        using var client = App.NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SubmitAsync("/Account/Login", "#login-form", Credentials("not-the-password"));
        }

        using var response = await client.SubmitAsync("/Account/Login", "#login-form", Credentials(Seed.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("заблокирован на 15 мин", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginWithoutAnAntiforgeryTokenIsRefused()
    {
        using var client = App.NewClient();

        using var response = await client.PostFieldsAsync("/Account/Login", Credentials(Seed.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignInReturnsToTheAskedPageButNeverOffSite()
    {
        using var client = App.NewClient();
        using var toQueue = await client.SubmitAsync("/Account/Login?ReturnUrl=%2FReview", "#login-form", Credentials(Seed.Password));
        using var other = App.NewClient();
        using var offSite = await other.SubmitAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", "#login-form", Credentials(Seed.Password));

        Assert.Equal("/Review", toQueue.Headers.Location!.OriginalString);
        Assert.Equal("/", offSite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChangedPasswordIsTheOneThatWorksNext()
    {
        using var client = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var changed = await client.SubmitAsync("/Account/ChangePassword", "#change-password-form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Seed.Password,
            ["Input.NewPassword"] = "a-new-long-password",
            ["Input.ConfirmPassword"] = "a-new-long-password",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var fresh = App.NewClient();
        await fresh.SignInAsync(TwoSchools.ReviewerAEmail, "a-new-long-password");
        await using var db = App.NewDb();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "password-changed" && a.ActorId == _cast.ReviewerA.Id));
    }

    [Fact]
    public async Task LogoutEndsTheSession()
    {
        using var client = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);

        using var loggedOut = await client.SubmitAsync("/", "form[action='/Account/Logout']");
        using var after = await client.GetAsync("/Review");

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatedStaffAreSentToTheLoginPageAndCannotSignInAgain()
    {
        using var reviewer = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        using var admin = await App.SignedInClientAsync(TwoSchools.AdminEmail);
        using (var saved = await admin.SubmitAsync($"/Admin/Staff/Edit/{_cast.ReviewerA.Id}", "#staff-edit-form", new Dictionary<string, string> { ["IsActive"] = "false" }))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var next = await reviewer.GetAsync("/Review");
        using var again = App.NewClient();
        using var signIn = await again.SubmitAsync("/Account/Login", "#login-form", Credentials(Seed.Password));

        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/Login", next.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}
