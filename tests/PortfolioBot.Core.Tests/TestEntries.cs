using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

/// <summary>Entries filled in the way a teacher would, for whatever kind a test needs.</summary>
internal static class TestEntries
{
    public static readonly DateTime Now = PortfolioFixture.DefaultNow.UtcDateTime;
    public static readonly DateOnly Today = new(2025, 10, 15);
    public static readonly Actor Teacher = Actor.Teacher(1, "Әсел Серікова");
    public static readonly Actor Reviewer = Actor.Staff(7, "Гүлнар Бекқызы");
    public static readonly Actor OtherReviewer = Actor.Staff(8, "Марат Оспанов");

    /// <summary>The minimum a kind requires, so the entry is valid.</summary>
    public static EntryDetails DetailsFor(string kindCode, DateOnly? date = null, string title = "Облыстық олимпиада")
    {
        var kind = PortfolioCatalogue.Get(kindCode);
        return new EntryDetails(title, date ?? Today.AddDays(-10))
        {
            Issuer = kind.IsRequired(KindField.Issuer) ? "Алматы облысының білім басқармасы" : null,
            Level = kind.IsRequired(KindField.Level) ? Level.Regional : null,
            Result = kind.IsRequired(KindField.Result) ? ResultKind.Winner : null,
            PupilCount = kind.IsRequired(KindField.Pupils) ? 3 : null,
            DocumentType = kind.IsRequired(KindField.DocumentType) ? DocumentType.LetterOfThanks : null,
        };
    }

    /// <summary>A draft that lives only in memory (entity rules need no database).</summary>
    public static Entry Draft(string kindCode = "s3.master-classes") =>
        new(1, 1, kindCode, DetailsFor(kindCode), Teacher, Today, Now);

    public static Entry Submitted(string kindCode = "s3.master-classes")
    {
        var entry = Draft(kindCode);
        entry.Submit(needsConfirmation: true, Teacher, Now);
        return entry;
    }

    public static Entry Confirmed(string kindCode = "s3.master-classes")
    {
        var entry = Submitted(kindCode);
        entry.Confirm(Reviewer, Now);
        return entry;
    }

    /// <summary>Stores a new entry of the teacher and moves it to <paramref name="status"/>.</summary>
    public static async Task<Entry> AddAsync(PortfolioFixture fixture, Teacher teacher, EntryStatus status = EntryStatus.Draft,
        string kindCode = "s3.master-classes", EntryDetails? details = null)
    {
        await using var db = fixture.NewDb();
        var actor = Actor.Teacher(teacher.Id, teacher.FullName);
        var entry = new Entry(teacher.Id, teacher.SchoolId, kindCode, details ?? DetailsFor(kindCode), actor, fixture.Today, fixture.UtcNow);
        MoveTo(entry, status, actor, fixture.UtcNow);
        db.Entries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    public static void MoveTo(Entry entry, EntryStatus status, Actor teacher, DateTime now)
    {
        if (status == EntryStatus.Draft) return;
        entry.Submit(needsConfirmation: status != EntryStatus.Recorded, teacher, now);
        if (status == EntryStatus.Confirmed) entry.Confirm(Reviewer, now);
        if (status == EntryStatus.Returned) entry.Return(Reviewer, "Грамотаның көшірмесін қосыңыз", now);
    }

    public static async Task<Entry> LoadAsync(PortfolioDbContext db, int id) =>
        await db.Entries.Include(e => e.PreviousVersion).SingleAsync(e => e.Id == id);
}
