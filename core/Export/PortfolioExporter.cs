using System.Buffers;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Audit;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Evidence;
using PortfolioBot.Core.Schools;
using PortfolioBot.Core.Teachers;

namespace PortfolioBot.Core.Export;

/// <summary>
/// Exports a teacher's portfolio as the regulation's folder: a ZIP with one folder per section, the evidence
/// named by date and title, section 1's profile, and an index.html listing every entry. The ZIP is written
/// straight to the output (an HTTP response), file by file in small buffers, so a large portfolio never sits
/// in memory.
/// </summary>
/// <remarks>
/// Which entries go in: the current version of each entry, never deleted ones. Purpose exports take what the
/// teacher has put forward — submitted, confirmed and recorded entries; drafts and entries returned for
/// changes are work in progress and stay out. A hand-picked export takes exactly the entries chosen, drafts
/// included, because someone chose them on purpose; the index shows each one's status.
/// </remarks>
public sealed class PortfolioExporter(PortfolioDbContext db, EvidenceStore store, SchoolCalendar calendar)
{
    private const int CopyBufferSize = 81920;

    /// <summary>Decides what the export contains; throws <see cref="ExportRejectedException"/> for a bad request.</summary>
    public async Task<ExportPlan> PlanAsync(ExportRequest request, Actor actor, CancellationToken ct = default)
    {
        var teacher = await db.Teachers.AsNoTracking().Include(t => t.Education).FirstOrDefaultAsync(t => t.Id == request.TeacherId, ct)
            ?? throw new ExportRejectedException($"No teacher {request.TeacherId}.");
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == teacher.SchoolId, ct);
        var language = Languages.Normalize(request.Language);
        var today = calendar.Today(school.TimeZoneId);
        var (from, to) = Period(request.Purpose, today);

        var query = db.CurrentEntries.AsNoTracking().Include(e => e.Evidence).Where(e => e.TeacherId == teacher.Id);
        if (request.Purpose == ExportPurpose.HandPicked)
        {
            var ids = request.EntryIds?.Distinct().ToList() ?? [];
            if (ids.Count == 0) throw new ExportRejectedException("A hand-picked export needs at least one entry.");
            query = query.Where(e => ids.Contains(e.Id));
            var found = await query.CountAsync(ct);
            if (found != ids.Count) throw new ExportRejectedException("Some chosen entries are not this teacher's current entries.");
        }
        else
        {
            query = query.Where(e => e.Status == EntryStatus.Submitted || e.Status == EntryStatus.Confirmed || e.Status == EntryStatus.Recorded);
            if (from is { } start) query = query.Where(e => e.Date >= start);
            if (to is { } end) query = query.Where(e => e.Date <= end);
        }

        var entries = (await query.ToListAsync(ct))
            .OrderByDescending(e => e.IsStarred).ThenByDescending(e => e.Date).ThenBy(e => e.Id).ToList();
        var now = calendar.UtcNow;
        db.Audit(actor, nameof(Teacher), teacher.Id, "exported", now, request.Purpose.ToString(), teacher.SchoolId);
        await db.SaveChangesAsync(ct);
        return new ExportPlan(teacher, school.Name, school.TimeZoneId, request.Purpose, language, today, from, to, now, Lay(entries, language));
    }

    /// <summary>Writes the ZIP to <paramref name="output"/>, which need not be seekable; the output is left open.</summary>
    public async Task WriteAsync(ExportPlan plan, Stream output, CancellationToken ct = default)
    {
        var stamp = new DateTimeOffset(TimeZoneInfo.ConvertTimeFromUtc(plan.GeneratedAtUtc, SchoolCalendar.FindTimeZone(plan.SchoolTimeZone)));
        await using var sink = new DrainingStream(output);
        await using (var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            await WriteTextAsync(zip, ExportNames.IndexFile, ExportHtml.Index(plan), stamp, ct);
            foreach (var section in PortfolioCatalogue.Sections)
                zip.CreateEntry(ExportNames.SectionFolder(section, plan.Language) + "/").LastWriteTime = stamp;
            await WriteTextAsync(zip, ExportHtml.ProfilePath(plan), ExportHtml.Profile(plan), stamp, ct);
            await sink.DrainAsync(ct);

            var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
            try
            {
                foreach (var file in plan.Items.SelectMany(i => i.Files).Where(f => !f.Missing))
                {
                    var entry = zip.CreateEntry(file.ZipPath, AlreadyCompressed(file.File.ContentType) ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                    entry.LastWriteTime = stamp;
                    await using (var target = await entry.OpenAsync(ct))
                    await using (var source = store.OpenRead(file.File.Sha256))
                    {
                        int read;
                        while ((read = await source.ReadAsync(buffer.AsMemory(0, CopyBufferSize), ct)) > 0)
                        {
                            await target.WriteAsync(buffer.AsMemory(0, read), ct);
                            await sink.DrainAsync(ct);
                        }
                    }
                    await sink.DrainAsync(ct);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        await sink.DrainAsync(ct);
        await output.FlushAsync(ct);
    }

    /// <summary>
    /// Photos, videos, PDFs and Office Open XML files are compressed already: deflating them again saved almost
    /// nothing and was the export's main cost (the benchmark measured a 1 GB export at a fraction of disk speed).
    /// </summary>
    private static bool AlreadyCompressed(string contentType) =>
        contentType.StartsWith("image/", StringComparison.Ordinal) || contentType.StartsWith("video/", StringComparison.Ordinal)
        || contentType is "application/pdf" || contentType.StartsWith("application/vnd.openxmlformats-officedocument.", StringComparison.Ordinal);

    /// <summary>The dates a purpose covers, inclusive; none for the whole portfolio and hand-picked entries.</summary>
    public static (DateOnly? From, DateOnly? To) Period(ExportPurpose purpose, DateOnly today) => purpose switch
    {
        ExportPurpose.Attestation => (today.AddYears(-ExportPurposes.AttestationYears), today),
        ExportPurpose.YearEndBonus => (SchoolYear.Of(today).Start, SchoolYear.Of(today).End),
        ExportPurpose.Whole or ExportPurpose.HandPicked => (null, null),
        _ => throw new ExportRejectedException($"Unknown export purpose {purpose}."),
    };

    private List<ExportItem> Lay(List<Entry> entries, string language)
    {
        var takenByFolder = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var items = new List<ExportItem>();
        foreach (var entry in entries)
        {
            var folder = ExportNames.SectionFolder(PortfolioCatalogue.Section(entry.Section), language);
            if (!takenByFolder.TryGetValue(folder, out var taken)) takenByFolder[folder] = taken = new HashSet<string>(StringComparer.Ordinal);
            var files = entry.Evidence.OrderBy(f => f.AddedAt).ThenBy(f => f.Id).ToList();
            var laid = files.Select((f, i) =>
            {
                var name = ExportNames.Unique(ExportNames.FileName(entry.Date, entry.Title, i + 1, files.Count, f.Extension), taken);
                return new ExportFile(f, $"{folder}/{name}", !store.Exists(f.Sha256));
            }).ToList();
            items.Add(new ExportItem(entry, laid));
        }
        return items;
    }

    private static async Task WriteTextAsync(ZipArchive zip, string path, string text, DateTimeOffset stamp, CancellationToken ct)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        await using var target = await entry.OpenAsync(ct);
        await target.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
    }
}
