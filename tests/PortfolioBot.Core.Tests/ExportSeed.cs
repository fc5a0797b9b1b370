using System.Text;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Teachers;
using PortfolioBot.Testing;

namespace PortfolioBot.Core.Tests;

/// <summary>Entries in a given state with real evidence in the real store, for export and deadline tests.</summary>
internal static class ExportSeed
{
    public static readonly Actor Reviewer = Actor.Staff(7, "Гүлнар Ахметова");

    public static byte[] Pdf(string text) => Encoding.UTF8.GetBytes($"%PDF-1.4\n{text}\n%%EOF");

    public static async Task<Entry> AddEntryAsync(PortfolioFixture fixture, Teacher teacher, string kind, string title, DateOnly date,
        EntryStatus status = EntryStatus.Confirmed, bool starred = false, params byte[][] files)
    {
        var store = fixture.Get<EvidenceStore>();
        var actor = PortfolioFixture.TeacherActor(teacher);
        var now = fixture.UtcNow;
        await using var db = fixture.NewDb();
        var entry = new Entry(teacher.Id, teacher.SchoolId, kind, new EntryDetails(title, date), actor, fixture.Today, now);
        for (var i = 0; i < files.Length; i++)
        {
            var blob = await store.SaveAsync(new MemoryStream(files[i]));
            entry.AttachEvidence(blob, $"scan {i + 1}.pdf", "test", actor, now);
        }
        if (starred) entry.ToggleStar(actor, now);
        switch (status)
        {
            case EntryStatus.Submitted: entry.Submit(true, actor, now); break;
            case EntryStatus.Recorded: entry.Submit(false, actor, now); break;
            case EntryStatus.Confirmed: entry.Submit(true, actor, now); entry.Confirm(Reviewer, now); break;
            case EntryStatus.Returned: entry.Submit(true, actor, now); entry.Return(Reviewer, "Нет печати", now); break;
        }
        db.Entries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }
}
