using System.Net;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Staff;

namespace PortfolioBot.Admin.Tests;

public sealed class FirstRunSetupTests : AdminTest
{
    private static Dictionary<string, string> Form(string email = "director@school.kz") => new()
    {
        ["Input.SchoolName"] = "Школа-лицей №7",
        ["Input.Name"] = "Айгүл Серікқызы",
        ["Input.Email"] = email,
        ["Input.Password"] = Seed.Password,
        ["Input.ConfirmPassword"] = Seed.Password,
    };

    [Fact]
    public async Task SetupLinkCreatesTheFirstAdministratorOnce()
    {
        using var client = App.NewClient();
        var token = App.SetupToken;
        Assert.NotNull(token);

        using var created = await client.SubmitAsync($"/setup?token={token}", "#setup-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        await using var db = App.NewDb();
        var admin = await db.StaffMembers.Include(s => s.Schools).SingleAsync();
        Assert.Equal(StaffRole.Administrator, admin.Role);
        Assert.Equal("Школа-лицей №7", (await db.Schools.SingleAsync(s => s.Id == admin.Schools[0].SchoolId)).Name);

        using var again = await client.GetAsync($"/setup?token={token}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(App.SetupToken);
    }

    [Fact]
    public async Task SetupWithAWrongTokenIsNotFound()
    {
        using var client = App.NewClient();
        using var response = await client.GetAsync("/setup?token=guess");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AdministratorCreatedBySetupCanSignIn()
    {
        using var client = App.NewClient();
        using var created = await client.SubmitAsync($"/setup?token={App.SetupToken}", "#setup-form", Form());

        await client.SignInAsync("director@school.kz", Seed.Password);

        var dashboard = await client.GetDocumentAsync("/");
        Assert.Contains("Айгүл Серікқызы", dashboard.QuerySelector("#user-menu")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortPasswordIsRefusedWithALocalizedMessage()
    {
        using var client = App.NewClient();
        var form = Form();
        form["Input.Password"] = form["Input.ConfirmPassword"] = "short";

        using var response = await client.SubmitAsync($"/setup?token={App.SetupToken}", "#setup-form", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("не короче 10 символов", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(App.SetupToken);
    }
}
