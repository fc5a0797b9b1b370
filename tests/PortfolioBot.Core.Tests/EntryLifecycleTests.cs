using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using static PortfolioBot.Core.Tests.TestEntries;

namespace PortfolioBot.Core.Tests;

public class EntryLifecycleTests
{
    [Fact]
    public void NewEntryIsADraft()
    {
        var entry = Draft();

        Assert.Equal(EntryStatus.Draft, entry.Status);
        Assert.Equal(1, entry.Version);
        Assert.True(entry.IsCurrent);
    }

    [Fact]
    public void SubmittedEntryIsConfirmedByReviewer()
    {
        var entry = Draft();

        entry.Submit(needsConfirmation: true, Teacher, Now);
        Assert.Equal(EntryStatus.Submitted, entry.Status);
        entry.Confirm(Reviewer, Now.AddHours(1));

        Assert.Equal(EntryStatus.Confirmed, entry.Status);
        Assert.Equal(Reviewer.Name, entry.ReviewedByName);
        Assert.Equal(Now.AddHours(1), entry.ReviewedAt);
    }

    [Fact]
    public void ReturnNeedsAComment()
    {
        var entry = Submitted();

        var ex = Assert.Throws<EntryRuleException>(() => entry.Return(Reviewer, "   ", Now));

        Assert.Equal(EntryRule.CommentRequired, ex.Rule);
        Assert.Equal(EntryStatus.Submitted, entry.Status);
    }

    [Fact]
    public void ReturnedEntryCanBeResubmittedAfterEdit()
    {
        var entry = Submitted();
        entry.Return(Reviewer, "Күнін тексеріңіз", Now);
        Assert.Equal(EntryStatus.Returned, entry.Status);
        Assert.Equal("Күнін тексеріңіз", entry.ReviewComment);

        entry.Update(DetailsFor(entry.KindCode, Today.AddDays(-3), "Шебер класс: STEM"), Teacher, Today, Now);
        entry.Submit(needsConfirmation: true, Teacher, Now);

        Assert.Equal(EntryStatus.Submitted, entry.Status);
        Assert.Equal("Шебер класс: STEM", entry.Title);
        Assert.Null(entry.ReviewComment);
    }

    [Fact]
    public void KindWithoutConfirmationIsRecordedOnSubmit()
    {
        var entry = Draft("s1.courses");

        entry.Submit(needsConfirmation: false, Teacher, Now);

        Assert.Equal(EntryStatus.Recorded, entry.Status);
        Assert.Throws<EntryRuleException>(() => entry.Confirm(Reviewer, Now));
    }

    [Fact]
    public void SubmittedEntryCanBeWithdrawnBeforeReview()
    {
        var entry = Submitted();

        entry.Withdraw(Teacher, Now);

        Assert.Equal(EntryStatus.Draft, entry.Status);
        Assert.Null(entry.SubmittedAt);
    }

    [Theory]
    [InlineData(EntryStatus.Draft)]
    [InlineData(EntryStatus.Confirmed)]
    [InlineData(EntryStatus.Returned)]
    [InlineData(EntryStatus.Recorded)]
    public void OnlySubmittedEntryCanBeWithdrawn(EntryStatus status)
    {
        var entry = Draft();
        MoveTo(entry, status, Teacher, Now);

        var ex = Assert.Throws<EntryRuleException>(() => entry.Withdraw(Teacher, Now));

        Assert.Equal(EntryRule.IllegalTransition, ex.Rule);
        Assert.Equal(status, entry.Status);
    }

    [Theory]
    [InlineData(EntryStatus.Draft)]
    [InlineData(EntryStatus.Confirmed)]
    [InlineData(EntryStatus.Returned)]
    [InlineData(EntryStatus.Recorded)]
    public void OnlySubmittedEntryCanBeReviewed(EntryStatus status)
    {
        var entry = Draft();
        MoveTo(entry, status, Teacher, Now);

        Assert.Equal(EntryRule.IllegalTransition, Assert.Throws<EntryRuleException>(() => entry.Confirm(Reviewer, Now)).Rule);
        Assert.Equal(EntryRule.IllegalTransition, Assert.Throws<EntryRuleException>(() => entry.Return(Reviewer, "Қайта", Now)).Rule);
        Assert.Equal(status, entry.Status);
    }

    [Theory]
    [InlineData(EntryStatus.Submitted)]
    [InlineData(EntryStatus.Confirmed)]
    [InlineData(EntryStatus.Recorded)]
    public void EntryCannotBeSubmittedTwice(EntryStatus status)
    {
        var entry = Draft();
        MoveTo(entry, status, Teacher, Now);

        Assert.Equal(EntryRule.IllegalTransition, Assert.Throws<EntryRuleException>(() => entry.Submit(true, Teacher, Now)).Rule);
    }

    [Theory]
    [InlineData(EntryStatus.Submitted)]
    [InlineData(EntryStatus.Confirmed)]
    [InlineData(EntryStatus.Recorded)]
    public void EntryUnderReviewOrFinalIsLocked(EntryStatus status)
    {
        var entry = Draft();
        MoveTo(entry, status, Teacher, Now);
        var title = entry.Title;

        var ex = Assert.Throws<EntryRuleException>(() => entry.Update(DetailsFor(entry.KindCode, title: "Өзгертілген"), Teacher, Today, Now));

        Assert.Equal(EntryRule.IllegalTransition, ex.Rule);
        Assert.Equal(title, entry.Title);
    }

    [Theory]
    [InlineData(EntryStatus.Submitted)]
    [InlineData(EntryStatus.Confirmed)]
    [InlineData(EntryStatus.Returned)]
    [InlineData(EntryStatus.Recorded)]
    public void OnlyDraftsCanBeDeleted(EntryStatus status)
    {
        var entry = Draft();
        MoveTo(entry, status, Teacher, Now);

        var ex = Assert.Throws<EntryRuleException>(() => entry.Delete(Teacher, Now));

        Assert.Equal(EntryRule.IllegalTransition, ex.Rule);
        Assert.False(entry.IsDeleted);
    }

    [Fact]
    public void DeletedDraftCannotBeSubmitted()
    {
        var entry = Draft();
        entry.Delete(Teacher, Now);

        Assert.Equal(EntryRule.IllegalTransition, Assert.Throws<EntryRuleException>(() => entry.Submit(true, Teacher, Now)).Rule);
    }

    [Fact]
    public void EntryHoldsAtMostTwentyFiles()
    {
        var entry = Draft();
        var blob = new StoredBlob(new string('a', 64), 10, "application/pdf", "pdf");
        for (var i = 0; i < Entry.MaxEvidenceFiles; i++) entry.AttachEvidence(blob, $"бет-{i}.pdf", "admin", Teacher, Now);

        var ex = Assert.Throws<EntryRuleException>(() => entry.AttachEvidence(blob, "артық.pdf", "admin", Teacher, Now));

        Assert.Equal(EntryRule.TooManyFiles, ex.Rule);
        Assert.Equal(Entry.MaxEvidenceFiles, entry.Evidence.Count);
    }

    [Fact]
    public void FilesCannotBeAddedToAnEntryUnderReview()
    {
        var entry = Submitted();

        var ex = Assert.Throws<EntryRuleException>(() => entry.AttachEvidence(new StoredBlob(new string('a', 64), 10, "application/pdf", "pdf"), "x.pdf", "admin", Teacher, Now));

        Assert.Equal(EntryRule.IllegalTransition, ex.Rule);
        Assert.Empty(entry.Evidence);
    }
}
