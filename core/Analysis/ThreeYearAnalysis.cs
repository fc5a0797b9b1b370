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

/// <summary>A figure and its change against the year before the one shown (null only when the year is not known).</summary>
public sealed record YearComparison(YearFigures Figures, int? ParticipationsChange, int? PrizeWinnersChange, int? GraduatesChange);

/// <summary>
/// The regulation's comparative analysis over three years (4.2): pupils' participations and prize-winners
/// by level, and graduates with a completion document, per school year, with the dynamics. Only the versions
/// that count (<see cref="PortfolioDbContext.FinalEntries"/>: confirmed, or recorded without needing it) are
/// counted. Pupils are counted: the number given, else the names listed, else one. The first year shown is
/// compared with the year before it, so every year shown has its change.
/// </summary>
public sealed class ThreeYearAnalysis(PortfolioDbContext db, SchoolCalendar calendar)
{
    public const int Years = 3;

    private static readonly char[] NameSeparators = [',', ';', '\n'];

    public async Task<IReadOnlyList<YearComparison>> ForTeacherAsync(int teacherId, CancellationToken ct = default)
    {
        var timeZone = await db.Teachers.Where(t => t.Id == teacherId)
            .Join(db.Schools, t => t.SchoolId, s => s.Id, (t, s) => s.TimeZoneId).FirstAsync(ct);
        return await ForTeacherAsync(teacherId, calendar.CurrentYear(timeZone), ct);
    }

    public async Task<IReadOnlyList<YearComparison>> ForTeacherAsync(int teacherId, SchoolYear current, CancellationToken ct = default)
    {
        var first = new SchoolYear(current.StartYear - (Years - 1));
        var baseline = first.Previous;
        string[] kinds = [PortfolioCatalogue.CompetitionParticipation, PortfolioCatalogue.PrizeWinners, PortfolioCatalogue.Graduates];
        var rows = (await db.FinalEntries
            .Where(e => e.TeacherId == teacherId && kinds.Contains(e.KindCode) && e.Date >= baseline.Start && e.Date <= current.End)
            .Select(e => new { e.KindCode, e.Date, e.Level, e.Result, e.PupilCount, e.PupilNames })
            .ToListAsync(ct))
            .Select(e => new Row(e.KindCode, e.Date, e.Level, e.Result, e.PupilCount ?? CountNames(e.PupilNames) ?? 1))
            .ToList();

        var result = new List<YearComparison>();
        var previous = Figures(baseline, rows);
        for (var year = first; year.CompareTo(current) <= 0; year = year.Next)
        {
            var figures = Figures(year, rows);
            result.Add(new YearComparison(figures,
                figures.TotalParticipations - previous.TotalParticipations,
                figures.TotalPrizeWinners - previous.TotalPrizeWinners,
                figures.Graduates - previous.Graduates));
            previous = figures;
        }
        return result;
    }

    private sealed record Row(string KindCode, DateOnly Date, Level? Level, ResultKind? Result, int Pupils);

    private static YearFigures Figures(SchoolYear year, List<Row> rows)
    {
        var inYear = rows.Where(r => year.Contains(r.Date)).ToList();
        return new YearFigures(
            year,
            ByLevel(inYear.Where(r => r.KindCode == PortfolioCatalogue.CompetitionParticipation)),
            ByLevel(inYear.Where(r => r.KindCode == PortfolioCatalogue.PrizeWinners && r.Result is ResultKind.PrizeWinner or ResultKind.Winner)),
            inYear.Where(r => r.KindCode == PortfolioCatalogue.Graduates).Sum(r => r.Pupils));
    }

    private static int? CountNames(string? names)
    {
        var count = names?.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length ?? 0;
        return count > 0 ? count : null;
    }

    private static Dictionary<Level, int> ByLevel(IEnumerable<Row> rows)
    {
        var counts = Enum.GetValues<Level>().ToDictionary(l => l, _ => 0);
        foreach (var row in rows)
            if (row.Level is { } l) counts[l] += row.Pupils;
        return counts;
    }
}
