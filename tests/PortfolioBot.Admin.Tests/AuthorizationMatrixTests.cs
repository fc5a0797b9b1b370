using System.Net;
using PortfolioBot.Admin.Tests.Infrastructure;

namespace PortfolioBot.Admin.Tests;

/// <summary>One host, four callers; every page and the file endpoint asked by each.</summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    public AdminAppFactory App { get; } = new();
    public TwoSchools Cast { get; private set; } = null!;
    public Dictionary<string, AdminClient> Clients { get; } = [];

    public async Task InitializeAsync()
    {
        Cast = await TwoSchools.SeedAsync(App);
        Clients["anonymous"] = App.NewClient();
        Clients["reviewerA"] = await App.SignedInClientAsync(TwoSchools.ReviewerAEmail);
        Clients["reviewerB"] = await App.SignedInClientAsync(TwoSchools.ReviewerBEmail);
        Clients["admin"] = await App.SignedInClientAsync(TwoSchools.AdminEmail);
    }

    public string Resolve(string path) => path
        .Replace("{entry}", Cast.EntryA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{file}", Cast.ImageFileA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{schoolA}", Cast.SchoolA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{schoolB}", Cast.SchoolB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{reviewerA}", Cast.ReviewerA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{reviewerB}", Cast.ReviewerB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public async Task DisposeAsync()
    {
        foreach (var client in Clients.Values) client.Dispose();
        await App.DisposeAsync();
    }
}

public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    private const int Login = 302;

    // path, anonymous, reviewer of school A, reviewer of school B, administrator of school A
    public static TheoryData<string, int, int, int, int> Matrix => new()
    {
        { "/", Login, 200, 200, 200 },
        { "/Review", Login, 200, 200, 200 },
        { "/Review/Entry/{entry}", Login, 200, 404, 200 },
        { "/Review/Entry/999999", Login, 404, 404, 404 },
        { "/files/{file}", Login, 200, 404, 200 },
        { "/files/{file}?download=1", Login, 200, 404, 200 },
        { "/files/999999", Login, 404, 404, 404 },
        { "/Audit", Login, 200, 200, 200 },
        { "/Account/ChangePassword", Login, 200, 200, 200 },
        { "/Account/Telegram", Login, 200, 200, 200 },
        { "/Admin/Delivery", Login, 403, 403, 200 },
        { "/Account/Login", 200, 200, 200, 200 },
        { "/Admin/Staff", Login, 403, 403, 200 },
        { "/Admin/Staff/Create", Login, 403, 403, 200 },
        { "/Admin/Staff/Edit/{reviewerA}", Login, 403, 403, 200 },
        { "/Admin/Staff/Edit/{reviewerB}", Login, 403, 403, 404 },
        { "/Admin/Schools", Login, 403, 403, 200 },
        { "/Admin/Schools/Edit/{schoolA}", Login, 403, 403, 200 },
        { "/Admin/Schools/Edit/{schoolB}", Login, 403, 403, 404 },
        { "/setup?token=guessed", 404, 404, 404, 404 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachCallerGetsWhatTheirRoleAndSchoolAllow(string path, int anonymous, int reviewerA, int reviewerB, int admin)
    {
        var url = fixture.Resolve(path);
        var expected = new Dictionary<string, int> { ["anonymous"] = anonymous, ["reviewerA"] = reviewerA, ["reviewerB"] = reviewerB, ["admin"] = admin };

        var actual = new Dictionary<string, int>();
        foreach (var (who, client) in fixture.Clients)
        {
            using var response = await client.GetAsync(url);
            actual[who] = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Redirect)
                Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(expected, actual);
    }

    public static TheoryData<string> Posts => new()
    {
        "/Review?handler=ConfirmSelected",
        "/Review/Entry/{entry}?handler=Confirm",
        "/Review/Entry/{entry}?handler=Return",
        "/Account/ChangePassword",
        "/Account/Logout",
        "/Language",
        "/Admin/Staff/Create",
        "/Admin/Staff/Edit/{reviewerA}?handler=Save",
        "/Admin/Staff/Edit/{reviewerA}?handler=ResetPassword",
        "/Admin/Schools",
        "/Admin/Schools/Edit/{schoolA}?handler=Rename",
        "/Admin/Schools/Edit/{schoolA}?handler=Flags",
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task EveryFormRefusesAPostWithoutItsAntiforgeryToken(string path)
    {
        using var response = await fixture.Clients["admin"].PostFieldsAsync(fixture.Resolve(path), new Dictionary<string, string>
        {
            ["selected"] = $"{fixture.Cast.EntryA.Id}:{fixture.Cast.EntryA.Revision}",
            ["Revision"] = fixture.Cast.EntryA.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Comment"] = "forged",
            ["Name"] = "forged",
            ["culture"] = "en",
            ["NewPassword"] = "forged-password-1",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ANotFoundPageDoesNotNameWhatItHides()
    {
        using var response = await fixture.Clients["reviewerB"].GetAsync(fixture.Resolve("/Review/Entry/{entry}"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(fixture.Cast.EntryA.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Cast.TeacherA.FullName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueOfAReviewerListsOnlyTheirSchool()
    {
        var queueA = await fixture.Clients["reviewerA"].GetDocumentAsync("/Review");
        var queueB = await fixture.Clients["reviewerB"].GetDocumentAsync("/Review");

        Assert.Single(queueA.QuerySelectorAll("tr.queue-row"));
        Assert.Empty(queueB.QuerySelectorAll("tr.queue-row"));
    }
}
