using Microsoft.EntityFrameworkCore;
using PortfolioBot.Core.Catalogue;
using PortfolioBot.Core.Data;
using PortfolioBot.Core.Entries;
using PortfolioBot.Core.Schools;

namespace PortfolioBot.Core.Analysis;

/// <summary>One school year of section 2's comparative analysis.</summary>
public sealed record YearFigures(
    SchoolYear Year,
    IReadOnlyDictionary<Level, int> Participations,
    IReadOnlyDictionary<Level, int> PrizeWinners,
    int Graduates)
{
    public int TotalParticipations => Participations.Values.Sum();
    public int TotalPrizeWinners => PrizeWinners.Values.Sum();
}

/// <summary>A figure and its change against the year before (null for the first year shown).</summary>
public sealed record YearComparison(YearFigures Figures, int? ParticipationsChange, int? PrizeWinnersChange, int? GraduatesChange);

/// <summary>
/// The regulation's comparative analysis over three years (4.2): pupils' participations and prize-winners
/// by level, and graduates with a completion document, per school year, with the dynamics. Only entries the
/// administration confirmed (or that were recorded without needing it) count; pupils are counted, an entry
/// without a number counts as one pupil.
/// </summary>
public sealed class ThreeYearAnalysis(PortfolioDbContext db, SchoolCalendar calendar)
{
    public const int Years = 3;

    public async Task<IReadOnlyList<YearComparison>> ForTeacherAsync(int teacherId, CancellationToken ct = default)
    {
        var timeZone = await db.Teachers.Where(t => t.Id == teacherId)
            .Join(db.Schools, t => t.SchoolId, s => s.Id, (t, s) => s.TimeZoneId).FirstAsync(ct);
        return await ForTeacherAsync(teacherId, calendar.CurrentYear(timeZone), ct);
    }

    public async Task<IReadOnlyList<YearComparison>> ForTeacherAsync(int teacherId, SchoolYear current, CancellationToken ct = default)
    {
        var first = new SchoolYear(current.StartYear - (Years - 1));
        string[] kinds = [PortfolioCatalogue.CompetitionParticipation, PortfolioCatalogue.PrizeWinners, PortfolioCatalogue.Graduates];
        var rows = await db.CurrentEntries
            .Where(e => e.TeacherId == teacherId && kinds.Contains(e.KindCode)
                && (e.Status == EntryStatus.Confirmed || e.Status == EntryStatus.Recorded)
                && e.Date >= first.Start && e.Date <= current.End)
            .Select(e => new { e.KindCode, e.Date, e.Level, e.Result, Pupils = e.PupilCount ?? 1 })
            .ToListAsync(ct);

        var result = new List<YearComparison>();
        YearFigures? previous = null;
        for (var year = first; year.CompareTo(current) <= 0; year = year.Next)
        {
            var inYear = rows.Where(r => year.Contains(r.Date)).ToList();
            var figures = new YearFigures(
                year,
                ByLevel(inYear.Where(r => r.KindCode == PortfolioCatalogue.CompetitionParticipation).Select(r => (r.Level, r.Pupils))),
                ByLevel(inYear.Where(r => r.KindCode == PortfolioCatalogue.PrizeWinners && r.Result is ResultKind.PrizeWinner or ResultKind.Winner)
                    .Select(r => (r.Level, r.Pupils))),
                inYear.Where(r => r.KindCode == PortfolioCatalogue.Graduates).Sum(r => r.Pupils));
            result.Add(new YearComparison(figures,
                figures.TotalParticipations - previous?.TotalParticipations,
                figures.TotalPrizeWinners - previous?.TotalPrizeWinners,
                figures.Graduates - previous?.Graduates));
            previous = figures;
        }
        return result;
    }

    private static Dictionary<Level, int> ByLevel(IEnumerable<(Level? Level, int Pupils)> rows)
    {
        var counts = Enum.GetValues<Level>().ToDictionary(l => l, _ => 0);
        foreach (var (level, pupils) in rows)
            if (level is { } l) counts[l] += pupils;
        return counts;
    }
}
