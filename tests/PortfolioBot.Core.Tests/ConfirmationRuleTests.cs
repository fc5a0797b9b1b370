using Microsoft.Extensions.DependencyInjection;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Testing;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

public class ConfirmationRuleTests
{
    /// <summary>The glossary's "default: needs confirmation" column, kind by kind.</summary>
    public static TheoryData<string, bool> GlossaryDefaults => new()
    {
        { "s1.education", false },
        { "s1.courses", false },
        { "s1.titles", false },
        { "s1.awards", true },
        { "s1.competition-diplomas", false },
        { "s1.other", true },
        { "s2.additional-education", true },
        { "s2.competition-participation", true },
        { "s2.prize-winners", false },
        { "s2.graduates", true },
        { "s2.other", true },
        { "s3.new-technologies", true },
        { "s3.methodological-associations", true },
        { "s3.professional-competitions", true },
        { "s3.master-classes", true },
        { "s3.author-programmes", true },
        { "s3.publications", true },
        { "s3.other", true },
        { "s4.creative-works", true },
        { "s4.research-projects", true },
        { "s4.extracurricular", true },
        { "s4.other", true },
    };

    [Theory]
    [MemberData(nameof(GlossaryDefaults))]
    public void EveryKindHasTheGlossaryDefault(string code, bool needsConfirmation)
    {
        Assert.Equal(needsConfirmation, ConfirmationRule.NeedsConfirmation(PortfolioCatalogue.Get(code), null, null));
    }

    [Fact]
    public void GlossaryDefaultsNameEveryKind()
    {
        Assert.Equal(PortfolioCatalogue.Kinds.Select(k => k.Code).Order(), GlossaryDefaults.Select(row => (string)row[0]).Order());
    }

    [Theory]
    [InlineData("s1.awards", DocumentType.HonourCertificate)]
    [InlineData("s1.awards", DocumentType.Diploma)]
    [InlineData("s3.professional-competitions", DocumentType.Diploma)]
    [InlineData("s3.publications", DocumentType.PublicationCopy)]
    [InlineData("s1.other", DocumentType.Certificate)]
    public void ExemptDocumentLiftsConfirmation(string code, DocumentType document)
    {
        Assert.False(ConfirmationRule.NeedsConfirmation(PortfolioCatalogue.Get(code), null, document));
        Assert.False(ConfirmationRule.NeedsConfirmation(PortfolioCatalogue.Get(code), true, document));
    }

    [Theory]
    [InlineData("s1.awards", DocumentType.LetterOfThanks)]
    [InlineData("s3.publications", DocumentType.Other)]
    public void OtherDocumentKeepsConfirmation(string code, DocumentType document)
    {
        Assert.True(ConfirmationRule.NeedsConfirmation(PortfolioCatalogue.Get(code), null, document));
    }

    [Fact]
    public void OnlySealedDocumentsAreExempt()
    {
        var exempt = Enum.GetValues<DocumentType>().Where(DocumentTypes.IsExemptFromConfirmation).Order();

        Assert.Equal([DocumentType.Diploma, DocumentType.Certificate, DocumentType.HonourCertificate, DocumentType.PublicationCopy], exempt);
    }

    [Fact]
    public async Task SchoolSettingOverridesTheDefaultForThatSchoolOnly()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var other = await fixture.AddSchoolAsync("№2 мектеп");
        await using (var db = fixture.NewDb())
        {
            db.KindSettings.Add(new KindSetting(school.Id, "s3.master-classes", needsConfirmation: false));
            db.KindSettings.Add(new KindSetting(school.Id, "s2.prize-winners", needsConfirmation: true));
            await db.SaveChangesAsync();
        }

        await using var scope = fixture.CreateScope();
        var rule = scope.ServiceProvider.GetRequiredService<ConfirmationRule>();
        Assert.False(await rule.NeedsConfirmationAsync(school.Id, "s3.master-classes", null));
        Assert.True(await rule.NeedsConfirmationAsync(school.Id, "s2.prize-winners", null));
        Assert.False(await rule.NeedsConfirmationAsync(school.Id, "s2.prize-winners", DocumentType.Diploma));
        Assert.True(await rule.NeedsConfirmationAsync(other.Id, "s3.master-classes", null));
        Assert.False(await rule.NeedsConfirmationAsync(other.Id, "s2.prize-winners", null));
    }

    [Fact]
    public async Task EntryOfOverriddenKindIsRecordedOnSubmit()
    {
        await using var fixture = await PortfolioFixture.StartAsync();
        var school = await fixture.AddSchoolAsync();
        var teacher = await fixture.AddTeacherAsync(school.Id);
        await using (var db = fixture.NewDb())
        {
            db.KindSettings.Add(new KindSetting(school.Id, "s3.master-classes", needsConfirmation: false));
            await db.SaveChangesAsync();
        }
        var draft = await AddAsync(fixture, teacher);

        await using var scope = fixture.CreateScope();
        var rule = scope.ServiceProvider.GetRequiredService<ConfirmationRule>();
        var database = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var entry = await LoadAsync(database, draft.Id);
        entry.Submit(await rule.NeedsConfirmationAsync(entry.SchoolId, entry.KindCode, entry.DocumentType), PortfolioFixture.TeacherActor(teacher), fixture.UtcNow);
        await database.SaveChangesAsync();

        await using var check = fixture.NewDb();
        Assert.Equal(EntryStatus.Recorded, (await LoadAsync(check, draft.Id)).Status);
    }

    [Fact]
    public void SettingForUnknownKindIsRefused()
    {
        Assert.Throws<KeyNotFoundException>(() => new KindSetting(1, "s9.nothing", false));
    }
}
