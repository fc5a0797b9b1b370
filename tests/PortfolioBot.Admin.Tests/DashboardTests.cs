using PortfolioBot.Admin.Tests.Infrastructure;
using PortfolioBot.Core.Deadlines;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Admin.Tests;

public sealed class DashboardTests : AdminTest
{
    private TwoSchools _cast = null!;

    public override async Task InitializeAsync() => _cast = await TwoSchools.SeedAsync(App);

    private async Task<AngleSharp.Dom.IDocument> DashboardAsync(string email = TwoSchools.ReviewerAEmail)
    {
        using var client = await App.SignedInClientAsync(email);
        return await client.GetDocumentAsync("/");
    }

    [Fact]
    public async Task ShowsHowManyEntriesWaitAndSinceWhen()
    {
        App.Time.Advance(TimeSpan.FromDays(2));
        await Seed.SubmittedEntryAsync(_cast.TeacherA, "Ещё одна");

        var page = await DashboardAsync();

        Assert.Equal("2", page.QuerySelector("#waiting-count")!.TextContent);
        Assert.Contains("15.10.2025", page.QuerySelector("#waiting-oldest")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTeachersWhoAddedNothingLately()
    {
        var quiet = await Seed.TeacherAsync(_cast.SchoolA.Id, "Тихий Педагог");

        var page = await DashboardAsync();

        var text = page.QuerySelector("#quiet-card")!.TextContent;
        Assert.Contains(quiet.FullName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(_cast.TeacherA.FullName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(_cast.TeacherB.FullName, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsOverdueAndUpcomingDeadlinesOfOwnSchoolsOnly()
    {
        var today = DateOnly.FromDateTime(App.UtcNow);
        await using (var db = App.NewDb())
        {
            db.Deadlines.Add(new Deadline(_cast.SchoolA.Id, "Портфолио к аттестации", today.AddDays(-1), DeadlineAudience.WholeSchool, DeadlineRequirement.AllEntriesSubmitted, null, App.UtcNow));
            db.Deadlines.Add(new Deadline(_cast.SchoolA.Id, "Итоги четверти", today.AddDays(10), DeadlineAudience.WholeSchool, DeadlineRequirement.AllEntriesSubmitted, null, App.UtcNow));
            db.Deadlines.Add(new Deadline(_cast.SchoolB.Id, "Чужой срок", today.AddDays(5), DeadlineAudience.WholeSchool, DeadlineRequirement.AllEntriesSubmitted, null, App.UtcNow));
            await db.SaveChangesAsync();
        }

        var card = (await DashboardAsync()).QuerySelector("#deadlines-card")!;

        Assert.Contains("Портфолио к аттестации", card.QuerySelector(".overdue")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Итоги четверти", card.QuerySelector(".upcoming")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Чужой срок", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTeachersWhoseAttestationFallsDueThisSchoolYear()
    {
        var today = DateOnly.FromDateTime(App.UtcNow);
        await using (var db = App.NewDb())
        {
            var due = new Teacher(_cast.SchoolA.Id, "Аттестуемая Педагог", App.UtcNow);
            due.SetCategory(QualificationCategory.Expert, new DateOnly(2021, 3, 1), today);
            var later = new Teacher(_cast.SchoolA.Id, "Недавно Аттестованный", App.UtcNow);
            later.SetCategory(QualificationCategory.Moderator, new DateOnly(2024, 3, 1), today);
            db.Teachers.AddRange(due, later);
            await db.SaveChangesAsync();
        }

        var text = (await DashboardAsync()).QuerySelector("#attestation-card")!.TextContent;

        Assert.Contains("Аттестуемая Педагог", text, StringComparison.Ordinal);
        Assert.Contains("2025/2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Недавно Аттестованный", text, StringComparison.Ordinal);
    }
}
